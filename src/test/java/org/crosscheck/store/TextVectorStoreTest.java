package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.store.Fixtures.countClaim;
import static org.crosscheck.store.Fixtures.entity;
import static org.crosscheck.store.Fixtures.fact;
import static org.crosscheck.store.Fixtures.mention;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewState;
import org.crosscheck.semantic.ClaimVectors;
import org.crosscheck.semantic.SentenceEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors in a real project file, as the bundled model gives them. */
class TextVectorStoreTest {
    private static final String QESHM = "Ten people were killed and at least 50 injured when an earthquake razed"
            + " mud-brick villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday.";
    private static final String ACEH = "People panicked and rushed out of their homes.";
    private static final SentenceEncoder ENCODER = SentenceEncoder.shared();

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("crosscheck.db");
    }

    private static void save(ProjectStore store, TextVectors vectors) {
        Claim c = countClaim("c1", "a.txt");
        store.saveAnalysis(List.of(entity()), List.of(mention("a.txt")), List.of(c),
                List.of(fact("f1", List.of("c1"), FactStatus.SINGLE, Disagreement.NONE)), Map.of(), Map.of(), vectors);
    }

    private static Map<String, float[]> encoded(String... texts) {
        List<float[]> v = ENCODER.encode(List.of(texts));
        Map<String, float[]> byHash = new java.util.HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            byHash.put(ClaimVectors.hash(texts[i]), v.get(i));
        }
        return byHash;
    }

    @Test
    void vectorsSurviveCloseAndReopenExactly() {
        Map<String, float[]> vectors = encoded(QESHM, ACEH);
        try (ProjectStore store = ProjectStore.open(db())) {
            save(store, new TextVectors(ENCODER.modelName(), vectors, vectors.keySet()));
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            Map<String, float[]> read = store.textVectors(ENCODER.modelName());
            assertThat(read).containsOnlyKeys(vectors.keySet());
            vectors.forEach((hash, v) -> assertThat(read.get(hash)).containsExactly(v));
            assertThat(store.textVectors("another-model")).isEmpty();
        }
    }

    @Test
    void aSaveAddsTheNewAndDropsWhatNoClaimUses() {
        Map<String, float[]> first = encoded(QESHM, ACEH);
        String qeshm = ClaimVectors.hash(QESHM);
        String aceh = ClaimVectors.hash(ACEH);
        try (ProjectStore store = ProjectStore.open(db())) {
            save(store, new TextVectors(ENCODER.modelName(), first, first.keySet()));
            store.saveTextVectors(new TextVectors("older-model", Map.of(qeshm, new float[] {1, 0}), Set.of()));
            Map<String, float[]> added = encoded("Another four people died in hospitals.");
            String four = added.keySet().iterator().next();
            // the Aceh sentence is gone from the claims, the Qeshm one stays, one sentence is new
            save(store, new TextVectors(ENCODER.modelName(), added, Set.of(qeshm, four)));
            assertThat(store.textVectors(ENCODER.modelName())).containsOnlyKeys(qeshm, four);
            assertThat(store.textVectors("older-model")).isEmpty();
            assertThat(aceh).isNotIn(store.textVectors(ENCODER.modelName()).keySet());
            // an analysis saved without vectors leaves them as they are
            save(store, null);
            assertThat(store.textVectors(ENCODER.modelName())).containsOnlyKeys(qeshm, four);
        }
    }

    @Test
    void aFailedSaveKeepsTheStoredVectors() {
        Map<String, float[]> first = encoded(QESHM);
        try (ProjectStore store = ProjectStore.open(db())) {
            save(store, new TextVectors(ENCODER.modelName(), first, first.keySet()));
            store.limitPageCount(pageCount(store) + 2);
            Map<String, float[]> many = new java.util.HashMap<>();
            for (int i = 0; i < 2_000; i++) {
                many.put("h" + i, first.values().iterator().next());
            }
            assertThatThrownBy(() -> save(store, new TextVectors(ENCODER.modelName(), many, many.keySet())))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessageEndingWith("nothing was changed.");
            assertThat(store.textVectors(ENCODER.modelName())).containsOnlyKeys(first.keySet());
        }
    }

    @Test
    void aProjectOfSchemaVersionThreeOpensAndGetsTheTable() throws Exception {
        // a file as Crosscheck wrote it before sentence vectors: steps 1 to 3, with a review decision
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement()) {
            for (List<String> step : Schema.MIGRATIONS.subList(0, 3)) {
                for (String sql : step) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            s.execute("PRAGMA user_version = 3");
            s.execute("INSERT INTO reviews (claim_id, state, updated_at) VALUES ('c1', 'ACCEPTED',"
                    + " '2026-11-26T10:00:00Z')");
        }
        Map<String, float[]> vectors = encoded(ACEH);
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(store.reviews()).containsOnlyKeys("c1");
            assertThat(store.reviews().get("c1").state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(store.textVectors(ENCODER.modelName())).isEmpty();
            save(store, new TextVectors(ENCODER.modelName(), vectors, vectors.keySet()));
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.textVectors(ENCODER.modelName())).containsOnlyKeys(vectors.keySet());
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
