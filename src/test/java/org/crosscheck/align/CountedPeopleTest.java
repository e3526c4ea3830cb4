package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts of people line up by who they are and how many, whatever each report has them do. */
class CountedPeopleTest {

    @TempDir
    Path dir;

    @Test
    void theSameFigureOfPeopleByOtherVerbsAndNounsIsOneGroup() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2014-02-10", "Four men rammed their car into a jewellery store in Lyon on Monday, police said.",
                "2014-02-10", "A smash-and-grab raid in Lyon on Monday saw four robbers escape with watches, "
                        + "police said.",
                "2014-02-10", "Four men drove a stolen van through the window of the store in Lyon early on Monday.");

        var a = story.claim("a", "Four");
        assertThat(story.together(a, story.claim("b", "four"))).isTrue();
        assertThat(story.together(a, story.claim("c", "Four"))).isTrue();
    }

    @Test
    void aReportsVagueFigureJoinsItsExactFigure() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2005-11-28", "A strong earthquake hit the island on Sunday, damaging several villages.\n\n"
                        + "The governor said five villages had been badly hit.",
                "2005-11-28", "The earthquake on Sunday flattened seven villages on the island, officials said.");

        var several = story.claim("a", "several");
        var five = story.claim("a", "five");
        var seven = story.claim("b", "seven");
        assertThat(story.together(several, five)).isTrue();
        assertThat(story.together(five, seven)).isTrue();
    }
}
