package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void keepsAbbreviationsAndHyphenatedWordsWholeWithoutTrailingPunctuation() {
        assertThat(ContentWords.sequence("U.S. forces agreed a cease-fire."))
                .containsExactly("u.s", "force", "agre", "cease-fire");
    }

    @Test
    void dropsPossessiveWithStraightOrCurlyApostrophe() {
        assertThat(ContentWords.sequence("Harmon's plan and Harmon’s budget"))
                .containsExactly("harmon", "plan", "harmon", "budget");
    }

    @Test
    void dropsFunctionWords() {
        assertThat(ContentWords.sequence("The mayor said that the plan was ready"))
                .doesNotContain("the", "that", "was");
    }

    @Test
    void splitsFiguresAtThousandsSeparators() {
        assertThat(ContentWords.sequence("5,000 troops")).containsExactly("5", "000", "troop");
    }

    @Test
    void startsWordsAtLettersAndDigitsOfAnyScript() {
        assertThat(ContentWords.sequence("—«Zürich» ٣ ½"))
                .containsExactly("zürich", "٣", "½");
    }

    @Test
    void givesNothingForNoText() {
        assertThat(ContentWords.sequence(null)).isEmpty();
        assertThat(ContentWords.of("...")).isEmpty();
    }
}
