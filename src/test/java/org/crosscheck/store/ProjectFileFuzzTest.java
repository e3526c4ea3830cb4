package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.crosscheck.Fuzz;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project file reader fuzzed: damaged stored analyses and damaged project files, made by
 * mutating real ones. Nothing but an {@link IOException} (blob) or a {@link ProjectFileException}
 * naming the file (project) comes out, within bounded time and memory.
 */
class ProjectFileFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(2);

    @TempDir
    static Path dir;

    private static byte[] project;
    private static byte[] rawBlob;

    @BeforeAll
    static void realProjectAndBlob() throws Exception {
        Path db = dir.resolve("real.db");
        try (ProjectStore store = ProjectStore.open(db)) {
            store.saveDocument(Fixtures.htmlArticle("a.html"), Fixtures.nlp("a.html"));
            store.saveDocument(Fixtures.article("b.txt"), Fixtures.nlp("b.txt"));
            store.saveAnalysis(List.of(Fixtures.entity()), Fixtures.mentions("a.html", 50),
                    List.of(Fixtures.countClaim("c1", "a.html"), Fixtures.dateClaim("c2", "b.txt"),
                            Fixtures.partialDateClaim("c3", "b.txt")),
                    List.of(Fixtures.fact("f1", List.of("c1", "c2"), FactStatus.DISAGREE, Disagreement.COUNT)),
                    Map.of("b.txt", "a.html"));
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.ACCEPTED).withNote("checked"));
        }
        project = Files.readAllBytes(db);
        NlpBlob.Content content = new NlpBlob.Content(Fixtures.htmlArticle("a.html").analysisText(),
                Fixtures.htmlArticle("a.html").offsets(), Fixtures.htmlArticle("a.html").passages(),
                Fixtures.nlp("a.html"));
        rawBlob = new InflaterInputStream(new java.io.ByteArrayInputStream(NlpBlob.encode(content))).readAllBytes();
    }

    @Test
    void decodesAnyStoredAnalysisOrReportsItDamaged() {
        Fuzz.run("store.NlpBlob", Fuzz.tries(20000), ProjectFileFuzzTest::damagedBlob, b -> b, BOUND, blob -> {
            try {
                NlpBlob.Content content = NlpBlob.decode(blob);
                assertThat(content.analysisText()).isNotNull();
            } catch (IOException expected) {
                // damaged: the store names the document and the file
            }
        });
    }

    @Test
    void opensAnyProjectFileOrReportsItDamagedNamingIt() {
        Path file = dir.resolve("fuzzed.db");
        Fuzz.run("store.ProjectStore", Fuzz.tries(400), ProjectFileFuzzTest::damagedProject, b -> b, BOUND, bytes -> {
            Files.write(file, bytes);
            try (ProjectStore store = ProjectStore.open(file)) {
                readEverything(store);
            } catch (ProjectFileException e) {
                assertThat(e.getMessage()).contains(file.toString());
            }
        });
    }

    /** Every read the workbench makes; each may only fail with a ProjectFileException. */
    private static void readEverything(ProjectStore store) {
        for (Runnable read : List.<Runnable>of(store::schemaVersion, store::snapshot, store::reviews, store::documents,
                store::entityDecisions, store::storedClaims, store::documentInfos, store::facts,
                () -> store.originalText("a.html"), () -> store.textVectors("m"), () -> store.setting("k"))) {
            try {
                read.run();
            } catch (ProjectFileException e) {
                assertThat(e.getMessage()).contains(store.file().toString());
            }
        }
    }

    /** The real blob's content with a few bytes changed (lengths and counts among them), compressed again. */
    private static byte[] damagedBlob(Random r) {
        byte[] raw = rawBlob.clone();
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            int at = r.nextInt(raw.length);
            if (r.nextBoolean() && at + 4 <= raw.length) {
                int v = switch (r.nextInt(4)) {
                    case 0 -> Integer.MAX_VALUE;
                    case 1 -> -1 - r.nextInt(5);
                    case 2 -> r.nextInt(1 << 20);
                    default -> r.nextInt();
                };
                raw[at] = (byte) (v >>> 24);
                raw[at + 1] = (byte) (v >>> 16);
                raw[at + 2] = (byte) (v >>> 8);
                raw[at + 3] = (byte) v;
            } else {
                raw[at] ^= (byte) (1 << r.nextInt(8));
            }
        }
        if (r.nextInt(4) == 0) {
            raw = java.util.Arrays.copyOf(raw, r.nextInt(raw.length));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The real project file with bytes flipped or overwritten here and there, or cut short. */
    private static byte[] damagedProject(Random r) {
        byte[] bytes = project.clone();
        int edits = 1 + r.nextInt(16);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(bytes.length);
            if (r.nextInt(3) == 0) {
                int len = Math.min(bytes.length - at, 1 + r.nextInt(64));
                byte[] noise = new byte[len];
                r.nextBytes(noise);
                System.arraycopy(noise, 0, bytes, at, len);
            } else {
                bytes[at] ^= (byte) (1 << r.nextInt(8));
            }
        }
        return r.nextInt(8) == 0 ? java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length)) : bytes;
    }
}
