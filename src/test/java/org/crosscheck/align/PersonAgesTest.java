package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ages tell whom a report means: one person's age is one fact, and an age without a name finds its person. */
class PersonAgesTest {

    @TempDir
    Path dir;

    @Test
    void agesOfOnePersonAreOneFactWhateverEachReportSays() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2013-09-16", "On Saturday, 32-year-old Englishman Robert Buckley fell about 600m while climbing.",
                "2013-09-16", "Robert Buckley, 31, slipped on ice and fell 700 metres, police said.");

        var a = story.claim("a", "32-year-old");
        var b = story.claim("b", "31");
        assertThat(story.together(a, b)).isTrue();
        assertThat(story.factOf(a).status()).isEqualTo(FactStatus.DISAGREE);
    }

    @Test
    void agesOfTwoPeopleStayApart() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2013-09-16", "On Friday, 36-year-old Duncan Rait died after falling from a ridge.",
                "2013-09-16", "On Saturday, 32-year-old Robert Buckley fell while climbing to a hut.");

        assertThat(story.together(story.claim("a", "36-year-old"), story.claim("b", "32-year-old"))).isFalse();
    }

    @Test
    void anAgeWithoutANameTellsWhoseFallASentenceReports() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2013-09-16", "On Friday, 36-year-old Duncan Rait died after falling about 60m from a ridge.\n\n"
                        + "On Saturday, 32-year-old Robert Buckley fell about 600m while climbing to a hut.",
                "2013-09-16", "A 36-year-old Australian man died on Friday after falling 150 meters from a ridge.");

        var unnamed = story.claim("b", "150");
        assertThat(story.together(unnamed, story.claim("a", "about 60m"))).isTrue();
        assertThat(story.together(unnamed, story.claim("a", "about 600m"))).isFalse();
    }
}
