package org.crosscheck.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    private static List<CohenKappa.Pair<String>> pairs(int yesYes, int yesNo, int noYes, int noNo) {
        List<CohenKappa.Pair<String>> pairs = new ArrayList<>();
        for (int i = 0; i < yesYes; i++) {
            pairs.add(new CohenKappa.Pair<>("yes", "yes"));
        }
        for (int i = 0; i < yesNo; i++) {
            pairs.add(new CohenKappa.Pair<>("yes", "no"));
        }
        for (int i = 0; i < noYes; i++) {
            pairs.add(new CohenKappa.Pair<>("no", "yes"));
        }
        for (int i = 0; i < noNo; i++) {
            pairs.add(new CohenKappa.Pair<>("no", "no"));
        }
        return pairs;
    }

    @Test
    void fiftyItemsRatedAsInTheTextbookExampleGiveZeroPointFour() {
        // p_o = (20 + 15) / 50 = 0.7; A says yes 25 times, B 30: p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5;
        // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        assertThat(CohenKappa.of(pairs(20, 5, 10, 15))).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void fullAgreementOverTwoCategoriesIsOne() {
        assertThat(CohenKappa.of(pairs(3, 0, 0, 2))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void bothRatersUsingOneCategoryOnlyLeaveKappaUndefined() {
        assertThat(CohenKappa.of(pairs(4, 0, 0, 0))).isNaN();
    }
}
