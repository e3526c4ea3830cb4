package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.ClaimBuilder.claim;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.Hedge;
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
}
