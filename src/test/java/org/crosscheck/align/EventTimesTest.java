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
}
