package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.AgeReader;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.normalize.TimeOfDayNormalizer;
import org.junit.jupiter.api.Test;

class ValueCompatibilityTest {

    private static Claim refugees(String doc, String text, double stated, double low, double high, Hedge hedge) {
        return claim(doc, ClaimKind.COUNT).unit("refugee").predicate("flee").subject("refugees")
                .sentence(text + " refugees have fled.").quantity(text, stated, low, high, hedge).build();
    }

    @Test
    void treatsTwoOpenLowerBoundsAsCompatible() {
        Claim a = refugees("a", "more than 26,000", 26000, 26001, Double.POSITIVE_INFINITY, Hedge.MORE_THAN);
        Claim b = refugees("b", "more than 31,000", 31000, 31001, Double.POSITIVE_INFINITY, Hedge.MORE_THAN);

        assertThat(ValueCompatibility.compatible(a, b)).isTrue();
    }

    @Test
    void treatsAnExactFigureBelowAnOpenLowerBoundAsIncompatible() {
        Claim a = refugees("a", "more than 31,000", 31000, 31001, Double.POSITIVE_INFINITY, Hedge.MORE_THAN);
        Claim b = refugees("b", "26,000", 26000, 26000, 26000, Hedge.EXACT);

        assertThat(ValueCompatibility.compatible(a, b)).isFalse();
    }

    @Test
    void treatsAFigureRoundedToFewerDigitsAsCompatible() {
        Claim a = refugees("a", "44.2", 44.2, 44.2, 44.2, Hedge.EXACT);
        Claim b = refugees("b", "44", 44, 44, 44, Hedge.EXACT);

        assertThat(ValueCompatibility.compatible(a, b)).isTrue();
    }

    private static Claim time(String doc, String text) {
        TimeOfDay t = new TimeOfDayNormalizer().normalize(text).orElseThrow();
        return claim(doc, ClaimKind.TIME).predicate("strike").subject("strike").sentence("The quake struck at " + text + ".")
                .time(text, t).build();
    }

    private static Claim age(String doc, String text) {
        Quantity q = new AgeReader().read(text).orElseThrow();
        return claim(doc, ClaimKind.AGE).unit("year").predicate("be").subject("Robert Buckley")
                .sentence("Robert Buckley, " + text + ", died.").quantity(text, q.stated(), q.low(), q.high(), q.hedge())
                .build();
    }

    @Test
    void comparesTimesOfDayByTheirClockAndHedge() {
        assertThat(ValueCompatibility.compatible(time("a", "at around 4.30am"), time("b", "4:40 a.m."))).isTrue();
        assertThat(ValueCompatibility.compatible(time("a", "at 2:53 p.m."), time("b", "at 3:20 p.m."))).isFalse();
    }

    @Test
    void treatsALocalTimeAndAGmtTimeAsNoDispute() {
        assertThat(ValueCompatibility.compatible(time("a", "at 1:53 p.m. local time"), time("b", "at 0930 GMT"))).isTrue();
    }

    @Test
    void comparesAgesAsIntervalsOfYears() {
        assertThat(ValueCompatibility.compatible(age("a", "32"), age("b", "in his early 30s"))).isTrue();
        assertThat(ValueCompatibility.compatible(age("a", "32"), age("b", "31"))).isFalse();
    }
}
