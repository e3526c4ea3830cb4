package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void readsTheSetsOfAMatchWithoutTheirTieBreaks() {
        assertThat(Scores.read("6-7 (3-7) 6-3 6-3")).hasValueSatisfying(pairs -> assertThat(pairs)
                .containsExactly(new Scores.Pair(6, 7), new Scores.Pair(6, 3), new Scores.Pair(6, 3)));
    }

    @Test
    void readsNothingButPairs() {
        assertThat(Scores.read("3-1 lead")).isEmpty();
        assertThat(Scores.read("2016")).isEmpty();
    }

    @Test
    void takesAPairThatDoesNotRunUpwardsForAScore() {
        assertThat(Scores.isScoreByItself("7-6")).isTrue();
        assertThat(Scores.isScoreByItself("1-1")).isTrue();
    }

    @Test
    void takesSeveralPairsInARowForAScore() {
        assertThat(Scores.isScoreByItself("3-6 7-6")).isTrue();
    }

    @Test
    void leavesAnUpwardPairToItsContext() {
        assertThat(Scores.isScoreByItself("5-10")).isFalse();
    }
}
