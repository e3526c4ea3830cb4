package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What someone said, lined up across reports: one speaker's act of speech told in other words is one fact. */
class StatementFactsTest {

    @TempDir
    Path dir;

    @Test
    void oneSpeakersDenialToldInOtherWordsIsOneAgreeingFact() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2019-03-06", "Gunmen attacked a border post near Cucuta on Tuesday, killing two guards.\n\n"
                        + "Venezuela's armed forces denied they fired on the border post.",
                "2019-03-06", "Two guards were killed at a border post near Cucuta on Tuesday.\n\n"
                        + "Venezuela Armed Forces spokesman Carlos Mendez denied any role in the shooting.");

        var a = story.claim("a", "they fired on the border post");
        var b = story.claim("b", "any role in the shooting");
        assertThat(story.together(a, b)).isTrue();
        assertThat(story.factOf(a).status()).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void denialsOfTwoSpeakersStayApart() {
        AnalysedStory story = AnalysedStory.of(dir,
                "2019-03-06", "Gunmen attacked a border post near Cucuta on Tuesday, killing two guards.\n\n"
                        + "Venezuela's armed forces denied they fired on the border post.",
                "2019-03-06", "Two guards were killed at a border post near Cucuta on Tuesday.\n\n"
                        + "The Colombian army denied claims that it had provoked the clash.");

        var a = story.claim("a", "they fired on the border post");
        var b = story.claim("b", "it had provoked the clash");
        assertThat(story.together(a, b)).isFalse();
    }
}
