package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a claim's event happened decides whether it is the report's news or a background event. */
class EventTimesTest {

    @TempDir
    Path dir;

    @Test
    void aDateInAnotherClauseDoesNotMakeAFigureABackgroundOne() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2013-07-03", "A 6.1-magnitude earthquake struck Aceh province on Tuesday, officials said.\n\n"
                        + "The quake damaged hundreds of houses.",
                "2013-07-03", "The strong 6.1-magnitude quake left hundreds injured as it rocked a region that was "
                        + "devastated by the tsunami of 2004.\n\nRescuers searched the rubble on Wednesday.");

        assertThat(story.together(story.claim("a", "6.1-magnitude"), story.claim("b", "6.1-magnitude"))).isTrue();
    }

    @Test
    void twoDeadlinesOfOneReductionAreOneDisagreement() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2020-09-27", "The Pentagon said on Friday that it would cut its force in Kuwait from more than 4,000 "
                        + "to about 2,500 by the end of the month.",
                "2020-09-30", "More than 4,000 US troops are stationed in Kuwait. The US will reduce its force in Kuwait "
                        + "to 2,500 by the end of October, according to a statement by the military.");

        var september = story.claim("a", "the end of the month");
        var october = story.claim("b", "the end of October");
        assertThat(story.together(september, october)).isTrue();
        assertThat(story.factOf(september).status()).isEqualTo(org.crosscheck.project.FactStatus.DISAGREE);
    }

    @Test
    void datesOfWhatTwoSentencesTellOfOtherPeopleStayApart() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2020-09-27", "Secretary of State Mike Pompeo notified Prime Minister Mustafa al-Kadhimi of the decision "
                        + "on Saturday, an official said.",
                "2020-09-30", "The meeting followed a warning from Secretary of State Mike Pompeo to President Barham "
                        + "Salih on September 20.");

        assertThat(story.together(story.claim("a", "Saturday"), story.claim("b", "September 20"))).isFalse();
    }
}
