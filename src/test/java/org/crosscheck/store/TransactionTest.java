package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.store.Fixtures.countClaim;
import static org.crosscheck.store.Fixtures.dateClaim;
import static org.crosscheck.store.Fixtures.entity;
import static org.crosscheck.store.Fixtures.fact;
import static org.crosscheck.store.Fixtures.mention;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
    @TempDir
    Path dir;

    private Path db;
    private ProjectSnapshot before;

    @BeforeEach
    void saveFirstAnalysis() {
        db = dir.resolve("crosscheck.db");
        try (ProjectStore store = ProjectStore.open(db)) {
            store.saveDocument(Fixtures.article("a.txt"), Fixtures.nlp("a.txt"));
            store.saveAnalysis(List.of(entity()), List.of(mention("a.txt")), List.of(countClaim("c1", "a.txt")),
                    List.of(fact("f1", List.of("c1"), FactStatus.SINGLE, Disagreement.NONE)), Map.of());
            before = store.snapshot();
        }
    }

    @Test
    void constraintViolationHalfWayKeepsPreviousAnalysis() {
        List<Claim> duplicateIds = List.of(dateClaim("c2", "a.txt"), dateClaim("c3", "a.txt"),
                dateClaim("c2", "a.txt"));
        try (ProjectStore store = ProjectStore.open(db)) {
            assertThatThrownBy(() -> store.saveAnalysis(List.of(), Fixtures.mentions("a.txt", 100), duplicateIds,
                    List.of(), Map.of()))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageContaining(db.toString())
                    .hasMessageEndingWith("nothing was changed.");
            assertThat(store.snapshot()).isEqualTo(before);
        }
        try (ProjectStore reopened = ProjectStore.open(db)) {
            assertThat(reopened.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void programErrorHalfWayKeepsPreviousAnalysis() {
        Claim broken = new Claim("c9", "a.txt", 0, "s", 0, 1, 0, 1, null, "", "", "", null, "", "", "",
                List.of(), "");
        try (ProjectStore store = ProjectStore.open(db)) {
            assertThatThrownBy(() -> store.saveAnalysis(List.of(), List.of(), List.of(dateClaim("c2", "a.txt"), broken),
                    List.of(), Map.of()))
                    .isInstanceOf(NullPointerException.class);
            assertThat(store.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void fullDiskIsReportedAndNothingChanges() {
        try (ProjectStore store = ProjectStore.open(db)) {
            store.limitPageCount(pageCount(store) + 2);
            assertThatThrownBy(() -> store.saveAnalysis(List.of(), Fixtures.mentions("a.txt", 20_000), List.of(),
                    List.of(), Map.of()))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage("Disk full while saving " + db + "; nothing was changed.");
            assertThat(store.snapshot()).isEqualTo(before);
        }
        try (ProjectStore reopened = ProjectStore.open(db)) {
            assertThat(reopened.snapshot()).isEqualTo(before);
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
