package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.crosscheck.ReadOnlyFiles;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project file the user may read but not write (a shared folder, a file copied from a CD). */
class ReadOnlyProjectTest {
    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void readOnlyProjectWithOneDecision() throws Exception {
        db = dir.resolve("crosscheck.db");
        try (ProjectStore store = ProjectStore.open(db)) {
            store.saveDocument(Fixtures.article("a.txt"), Fixtures.nlp("a.txt"));
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.ACCEPTED));
        }
        assumeTrue(ReadOnlyFiles.makeReadOnly(db), "cannot make a file read-only here");
    }

    @AfterEach
    void writableAgain() throws Exception {
        ReadOnlyFiles.makeWritable(db);
    }

    @Test
    void opensAReadOnlyProjectForReading() {
        try (ProjectStore store = ProjectStore.open(db)) {
            assertThat(store.reviews().get("c1").state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(store.snapshot().documents()).hasSize(1);
        }
    }

    @Test
    void refusesADecisionOnAReadOnlyProjectNamingTheFile() {
        try (ProjectStore store = ProjectStore.open(db)) {
            assertThatThrownBy(() -> store.saveReview(ReviewDecision.auto("c2").withState(ReviewState.REJECTED)))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage(db + " is read-only; could not save the review of c2; nothing was changed.");
            assertThat(store.reviews()).containsOnlyKeys("c1");
        }
    }
}
