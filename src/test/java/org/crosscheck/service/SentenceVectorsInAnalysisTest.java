package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.semantic.ClaimTexts;
import org.crosscheck.semantic.ClaimVectors;
import org.crosscheck.semantic.SentenceEncoder;
import org.crosscheck.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis encodes each claim text once per project and aligns with the vectors (Qeshm, real reports). */
class SentenceVectorsInAnalysisTest {
    private static final Path QESHM = Path.of("../shared/corpus/iran-qeshm-earthquake-2005");
    private static final List<Path> TWO = List.of(QESHM.resolve("04_terradaily.txt"),
            QESHM.resolve("05_new-york-times.txt"));
    private static final Path THIRD = QESHM.resolve("01_bbc-news.txt");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("qeshm.db");
    }

    @Test
    void aQuoteTranslatedTwoWaysIsOneAgreeingFact() {
        ProjectSnapshot snapshot;
        try (ProjectWorkbench wb = new ProjectWorkbench(db(), 1)) {
            analyse(wb, TWO);
            snapshot = wb.snapshot();
        }
        List<Claim> gulf = snapshot.claims().stream()
                .filter(c -> c.sentence().contains("Persian Gulf is not")).toList();
        assertThat(gulf).hasSize(2);
        Fact fact = snapshot.facts().stream().filter(f -> f.claimIds().contains(gulf.get(0).id())).findFirst()
                .orElseThrow();
        assertThat(fact.claimIds()).contains(gulf.get(1).id());
        assertThat(fact.status()).isEqualTo(FactStatus.AGREE);
    }

    @Test
    void aTextIsEncodedOnceAndKeptInTheProject() throws Exception {
        Set<String> hashes = new HashSet<>();
        long encoded;
        try (ProjectWorkbench wb = new ProjectWorkbench(db(), 1)) {
            analyse(wb, TWO);
            for (Claim c : wb.snapshot().claims()) {
                hashes.add(ClaimVectors.hash(ClaimTexts.sentence(c)));
                hashes.add(ClaimVectors.hash(ClaimTexts.context(c)));
            }
            // only what the alignment compared was encoded
            encoded = wb.lastRunTimes().encodedTexts();
            assertThat(encoded).isPositive().isLessThan(hashes.size());
        }
        long[] rows = vectorRows();
        assertThat(rows[0]).isEqualTo(encoded);
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(hashes).containsAll(store.textVectors(SentenceEncoder.BUNDLED_MODEL).keySet());
        }

        try (ProjectWorkbench wb = new ProjectWorkbench(db(), 1)) {
            // a review decision realigns from the stored vectors: nothing is encoded or written
            Claim first = wb.snapshot().claims().get(0);
            wb.reject(first.id());
            assertThat(vectorRows()).containsExactly(rows);
            wb.undo();
            // unchanged files are not analysed again, and their texts not encoded again
            analyse(wb, TWO);
            assertThat(wb.lastRunTimes().encodedTexts()).isZero();
            // an added article encodes some of its own texts, and keeps what was stored
            analyse(wb, List.of(THIRD));
            assertThat(vectorRows()[0]).isEqualTo(rows[0] + wb.lastRunTimes().encodedTexts());
        }
    }

    /** Count and largest rowid of the stored vectors: both stay when nothing is written. */
    private long[] vectorRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM text_vectors")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static void analyse(ProjectWorkbench wb, List<Path> files) {
        AnalysisReport report = wb.analyze(files, null, ProgressListener.NONE, new CancellationToken());
        assertThat(report.failures()).isEmpty();
    }
}
