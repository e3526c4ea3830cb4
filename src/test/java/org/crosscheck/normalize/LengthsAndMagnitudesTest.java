package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lengths and quake magnitudes as real reports of one event give them. */
class LengthsAndMagnitudesTest {

    private final NumberNormalizer numbers = new NumberNormalizer();

    private Quantity read(String phrase) {
        return numbers.normalize(phrase).orElseThrow(() -> new AssertionError("no quantity in " + phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"200ft|60m", "2000ft|609 metres", "six miles|10 kilometres",
        "940 miles|1,500 kilometers", "about 200ft|about 60m", "36 miles|58km", "600m|about 2,000 feet"})
    void agreesOneLengthInFeetMetresMilesAndKilometres(String a, String b) {
        assertThat(NumberNormalizer.comparable(read(a), read(b))).isTrue();
        assertThat(NumberNormalizer.compatible(read(a), read(b))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"200ft|150m", "six miles|20 kilometres", "600m|200ft"})
    void disagreesLengthsThatAreNotOneFigure(String a, String b) {
        assertThat(NumberNormalizer.comparable(read(a), read(b))).isTrue();
        assertThat(NumberNormalizer.compatible(read(a), read(b))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"200ft|foot", "2000 feet|foot", "a 10-foot wall|foot"})
    void readsFeetAsALength(String phrase, String unit) {
        assertThat(read(phrase).unit()).isEqualTo(unit);
        assertThat(Units.dimension(unit)).contains("length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.0 on the Richter scale", "magnitude-5.9", "a magnitude of 5.9", "6.1-magnitude",
        "magnitude 5.9", "a 5.9-magnitude quake", "5.9 on the Richter"})
    void readsMagnitudeWrittenInManyWays(String phrase) {
        Quantity q = read(phrase);
        assertThat(q.unit()).isEqualTo("magnitude");
        assertThat(q.stated()).isIn(6.0, 5.9, 6.1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a 2.5m high wall|2.5", "1.5m deep|1.5", "a 3.2m-long boat|3.2", "60m from|60"})
    void readsAGluedMBeforeALengthWordAsMetres(String phrase, double metres) {
        assertThat(read(phrase).unit()).isEqualTo("metre");
        assertThat(read(phrase).stated()).isEqualTo(metres);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.7m|", "1.5m people|person", "2m euros|EUR", "600m people|person"})
    void readsAGluedMBeforeACountedNounOrAloneWithDecimalsAsMillions(String phrase, String unit) {
        assertThat(read(phrase).stated()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(read(phrase).unit()).isEqualTo(unit == null ? "" : unit);
    }

    @org.junit.jupiter.api.Test
    void readsAGluedMAfterAVerbOfHeightAsMetres() {
        org.crosscheck.nlp.Token fell = new org.crosscheck.nlp.Token(0, 0, 4, "fell", "fall", "VBD", "O");

        Quantity q = numbers.normalizeAfter(fell, "1.5m").orElseThrow();

        assertThat(q.unit()).isEqualTo("metre");
        assertThat(q.stated()).isEqualTo(1.5);
    }
}
