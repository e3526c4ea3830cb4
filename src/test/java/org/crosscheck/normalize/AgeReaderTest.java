package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ages as news writes them. */
class AgeReaderTest {

    private final AgeReader ages = new AgeReader();

    private Quantity read(String phrase) {
        return ages.read(phrase).orElseThrow(() -> new AssertionError("no age in " + phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"36-year-old|36", "a 22 year-old|22", "58 years old|58", "32|32",
        "aged 58|58", "six-year-old|6", "74-year-old|74"})
    void readsAnAgeInYearsAsItsNumber(String phrase, double years) {
        Quantity q = read(phrase);
        assertThat(q.stated()).isEqualTo(years);
        assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
        assertThat(q.unit()).isEqualTo(AgeReader.YEAR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in his early 30s|30|33", "in her 50s|50|59", "in their fifties|50|59",
        "in his mid-40s|44|46", "in her late teens|17|19", "in his late twenties|27|29"})
    void readsADecadeOfLifeAsARangeOfYears(String phrase, double low, double high) {
        Quantity q = read(phrase);
        assertThat(q.low()).isEqualTo(low);
        assertThat(q.high()).isEqualTo(high);
        assertThat(q.hedge()).isEqualTo(Hedge.RANGE);
    }

    @Test
    void readsAnAgeBetweenTwoFiguresAsARange() {
        Quantity q = read("aged between 20 and 30");
        assertThat(q.low()).isEqualTo(20);
        assertThat(q.high()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "old", "2013", "many companies"})
    void readsNoAgeWhereNoneIsWritten(String phrase) {
        assertThat(ages.read(phrase)).isEmpty();
    }
}
