package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sums of money line up as amounts: one sum in several currencies and mentions is one fact. */
class AmountsTest {

    @TempDir
    Path dir;

    @Test
    void oneSumInSeveralCurrenciesAndMentionsIsOneFact() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2013-09-09", "Thieves stole jewellery worth €2 million from a store in Lyon on Monday.\n\n"
                        + "Police said the watches were worth an estimated €2 million.",
                "2013-09-09", "Robbers raided a jewellery store in Lyon on Monday. They made off with 2m euros "
                        + "(£1.7m; $2.6m) in gems and watches.",
                "2013-09-09", "Jewellery and watches valued at over $2.6 million were taken from a store in Lyon.");

        var first = story.claim("a", "€2 million");
        assertThat(story.together(first, story.claim("a", "an estimated €2 million"))).isTrue();
        assertThat(story.together(first, story.claim("b", "2m euros"))).isTrue();
        assertThat(story.together(first, story.claim("b", "£1.7m"))).isTrue();
        assertThat(story.together(first, story.claim("c", "over $2.6 million"))).isTrue();
    }
}
