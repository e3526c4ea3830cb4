package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleStylesTest {

    @Test
    void splitsOverlappingRangesIntoSegmentsWithEveryCoveringClass() {
        List<ArticleStyles.Segment> segments = ArticleStyles.segments(10, List.of(
                new ArticleStyles.Range(2, 8, "sentence"), new ArticleStyles.Range(4, 6, "person")));
        assertThat(segments).containsExactly(
                new ArticleStyles.Segment(2, Set.of()),
                new ArticleStyles.Segment(2, Set.of("sentence")),
                new ArticleStyles.Segment(2, Set.of("sentence", "person")),
                new ArticleStyles.Segment(2, Set.of("sentence")),
                new ArticleStyles.Segment(2, Set.of()));
    }

    @Test
    void keepsAClassWhileAnyOfItsRangesIsOpen() {
        List<ArticleStyles.Segment> segments = ArticleStyles.segments(6, List.of(
                new ArticleStyles.Range(0, 4, "sentence"), new ArticleStyles.Range(2, 6, "sentence")));
        assertThat(segments).containsExactly(
                new ArticleStyles.Segment(2, Set.of("sentence")),
                new ArticleStyles.Segment(2, Set.of("sentence")),
                new ArticleStyles.Segment(2, Set.of("sentence")));
    }

    @Test
    void ignoresRangesOutsideTheText() {
        List<ArticleStyles.Segment> segments = ArticleStyles.segments(4, List.of(
                new ArticleStyles.Range(2, 9, "late"), new ArticleStyles.Range(7, 9, "beyond")));
        assertThat(segments).containsExactly(
                new ArticleStyles.Segment(2, Set.of()), new ArticleStyles.Segment(2, Set.of("late")));
    }

    @Test
    void displayTextKeepsEveryOffsetAcrossWindowsLineEnds() {
        String original = "a\r\nb\rc\n";
        String shown = ArticleStyles.displayText(original);
        assertThat(shown).hasSameSizeAs(original).isEqualTo("a \nb\nc\n");
    }
}
