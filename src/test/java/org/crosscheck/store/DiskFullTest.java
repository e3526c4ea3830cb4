package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.load.Article;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills while a decision or a document is saved: SQLite's page limit stands in for the
 * disk here (a real full file system is in the service's ProjectFaultsTest).
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aDecisionSavedOnAFullDiskIsRefusedAndEveryEarlierOneKept() {
        Path db = dir.resolve("crosscheck.db");
        try (ProjectStore store = ProjectStore.open(db)) {
            for (int i = 0; i < 30; i++) {
                store.saveReview(ReviewDecision.auto("c" + i).withState(ReviewState.ACCEPTED));
            }
            store.limitPageCount(pageCount(store));
            String longNote = "a note the size of a chapter ".repeat(2000);
            assertThatThrownBy(() -> store.saveReview(ReviewDecision.auto("c30").withNote(longNote)))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage("Disk full while saving " + db + "; nothing was changed.");
            assertThat(store.reviews()).hasSize(30);
        }
        try (ProjectStore reopened = ProjectStore.open(db)) {
            assertThat(reopened.reviews()).hasSize(30).doesNotContainKey("c30");
        }
    }

    @Test
    void aDocumentSavedOnAFullDiskIsRefusedAndTheDecisionsKept() {
        Path db = dir.resolve("crosscheck.db");
        try (ProjectStore store = ProjectStore.open(db)) {
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.REJECTED));
            store.limitPageCount(pageCount(store));
            Article small = Fixtures.article("a.txt");
            Article large = new Article("a.txt", Fixtures.TEXT.repeat(2000), small.analysisText(), small.offsets(),
                    small.contentHash(), small.title(), small.outlet(), small.published(), small.publishedFrom(),
                    small.passages());
            assertThatThrownBy(() -> store.saveDocument(large, Fixtures.nlp("a.txt")))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage("Disk full while saving " + db + "; nothing was changed.");
            assertThat(store.documents()).isEmpty();
        }
        try (ProjectStore reopened = ProjectStore.open(db)) {
            assertThat(reopened.reviews().get("c1").state()).isEqualTo(ReviewState.REJECTED);
        }
    }

    private static int pageCount(ProjectStore store) {
        return store.read("count pages", c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
