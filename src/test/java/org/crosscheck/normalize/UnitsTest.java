package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({"Troops, troop", "people, person", "servicemen, serviceman", "casualties, casualty",
        "dollars, USD", "sterling, GBP", "per cent, percent", "kilometres, km", "days, day", "churches, church"})
    void normalisesUnitWords(String word, String unit) {
        assertThat(Units.unitOf(word)).isEqualTo(unit);
    }

    @Test
    void tellsMeasuresFromCountedNouns() {
        assertThat(Units.isMeasure("USD")).isTrue();
        assertThat(Units.isMeasure("day")).isTrue();
        assertThat(Units.isMeasure("troop")).isFalse();
    }

    @Test
    void convertsTimeUnitsToDays() {
        assertThat(Units.daysPer("week")).isEqualTo(7.0);
        assertThat(Units.daysPer("troop")).isNaN();
    }

    @Test
    void convertsOnlyUnitsThatMeasureTheSameThing() {
        assertThat(Units.convertible("km/h", "mph")).isTrue();
        assertThat(Units.convertible("mile", "km")).isTrue();
        assertThat(Units.convertible("hour", "day")).isTrue();
        assertThat(Units.convertible("km", "mph")).isFalse();
        assertThat(Units.convertible("celsius", "celsius")).isFalse();
        assertThat(Units.dimension("mph")).contains("speed");
        assertThat(Units.dimension("troop")).isEmpty();
    }

    @Test
    void keepsThePeriodOfARate() {
        assertThat(Units.period(Units.rate("quake", "day"))).isEqualTo("day");
        assertThat(Units.period("quake")).isEmpty();
        assertThat(Units.period(null)).isEmpty();
    }
}
