package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** score.py's norm and prefix, including where Python and Java disagree on what a space is. */
class ScoreTextTest {

    @Test
    void normStraightensQuotesCollapsesSpacesAndLowersCase() {
        assertThat(ScoreText.norm("  \u201cTwelve\u00a0 People\u201d\n\u2019s  ")).isEqualTo("\"twelve people\" 's");
    }

    @Test
    void normTreatsPythonsSeparatorControlsAsSpace() {
        assertThat(ScoreText.norm("a\u001fb\u0085c")).isEqualTo("a b c");
    }

    @Test
    void documentKeyIsTheNumberThatStartsTheFileName() {
        assertThat(ScoreText.documentKey("some/dir/07_i24news.txt")).isEqualTo("07");
        assertThat(ScoreText.documentKey("notes.txt")).isEqualTo("notes.txt");
        assertThat(ScoreText.documentKey(null)).isEmpty();
    }
}
