package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rival figures of one measure in two real reports, each report giving its own figure. */
class RivalFiguresTest {

    @TempDir
    Path dir;

    @Test
    void aReportsFigureToldThreeWaysIsStillItsOnlyFigureAgainstAnothersRival() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2005-11-28", "A powerful earthquake hit southern Iran on Sunday, destroying seven villages and "
                        + "killing 10 people. About 80 people were injured, officials said.\n\n"
                        + "The quake struck at 1:53 p.m. and was followed by four aftershocks.\n\n"
                        + "The island is home to 120,000 people.",
                "2005-11-28", "Ten people were killed and at least 50 injured when an earthquake razed villages on "
                        + "the island on Sunday.\n\n"
                        + "The governor said 50 were injured and 10 were killed in seven villages.\n\n"
                        + "About 50 people were hurt, most of them lightly, and three aftershocks were felt.");

        var eighty = story.claim("a", "About 80");
        assertThat(story.together(eighty, story.claim("b", "at least 50"))).isTrue();
        assertThat(story.factOf(eighty).status()).isEqualTo(FactStatus.DISAGREE);
    }
}
