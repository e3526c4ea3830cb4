package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexTest {

    @ParameterizedTest
    @CsvSource({"2020-09-20, 2020-09-20, 2020-09-20, DAY", "2020-W38, 2020-09-14, 2020-09-20, WEEK",
        "2020-W38-WE, 2020-09-19, 2020-09-20, WEEK", "2020-09, 2020-09-01, 2020-09-30, MONTH",
        "2020-Q3, 2020-07-01, 2020-09-30, QUARTER", "2020-SU, 2020-06-01, 2020-08-31, SEASON",
        "2020-WI, 2020-12-01, 2021-02-28, SEASON", "2020, 2020-01-01, 2020-12-31, YEAR",
        "199X, 1990-01-01, 1999-12-31, DECADE", "2020-W53, 2020-12-28, 2021-01-03, WEEK"})
    void parsesAbsoluteTimexValues(String timex, String first, String last, Granularity granularity) {
        DateValue v = Timex.parse(timex).orElseThrow();
        assertThat(v.first()).isEqualTo(LocalDate.parse(first));
        assertThat(v.last()).isEqualTo(LocalDate.parse(last));
        assertThat(v.granularity()).isEqualTo(granularity);
        assertThat(v.timex()).isEqualTo(timex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXX-09", "PRESENT_REF", "P1W", "2020-13", "", "THIS P1D"})
    void parsesNothingFromPartialRelativeOrInvalidValues(String timex) {
        assertThat(Timex.parse(timex)).isEmpty();
    }

    @Test
    void coversSeveralUnitsWithAnInterval() {
        DateValue v = Timex.covering(LocalDate.of(2020, 9, 29), LocalDate.of(2020, 10, 2), Granularity.MONTH);
        assertThat(v.timex()).isEqualTo("2020-09/2020-10");
        assertThat(v.first()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(v.last()).isEqualTo(LocalDate.of(2020, 10, 31));
    }

    @Test
    void coversOneUnitWithItsOwnTimex() {
        assertThat(Timex.covering(LocalDate.of(2020, 9, 2), LocalDate.of(2020, 9, 5), Granularity.MONTH).timex())
                .isEqualTo("2020-09");
    }
}
