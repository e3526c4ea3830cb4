package org.crosscheck.align.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.crosscheck.align.Aligner;
import org.crosscheck.align.StoryNames;
import org.crosscheck.export.CsvExporter;
import org.crosscheck.project.Fact;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.store.ProjectStore;

/**
 * A developer's loop, not a test: aligns the stored claims of analysed stories again with the
 * current alignment code and exports them, without running the NLP. Usage:
 * {@code RealignStories FROM_DIR TO_DIR} where FROM_DIR holds one analysed project per story
 * ({@code <story>/crosscheck.db}).
 */
public final class RealignStories {
    public static void main(String[] args) throws Exception {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        // optional third argument: a folder of weights files <story>.txt fitted without that story
        Path weights = args.length > 2 ? Path.of(args[2]) : null;
        try (var stories = Files.list(from)) {
            for (Path story : stories.filter(Files::isDirectory).sorted().toList()) {
                Path db = story.resolve("crosscheck.db");
                if (!Files.isRegularFile(db)) {
                    continue;
                }
                Path fitted = weights == null ? null : weights.resolve(story.getFileName() + ".txt");
                Aligner aligner = fitted != null && Files.isRegularFile(fitted)
                        ? new Aligner(org.crosscheck.claims.WordNetLexicon.shared(), org.crosscheck.align.LinkModel.fromFile(fitted))
                        : new Aligner();
                Path out = to.resolve(story.getFileName());
                Files.createDirectories(out);
                Path copy = out.resolve("crosscheck.db");
                Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
                try (ProjectStore store = ProjectStore.open(copy)) {
                    ProjectSnapshot s = store.snapshot();
                    long tv = System.nanoTime();
                    org.crosscheck.semantic.ClaimVectors vectors = org.crosscheck.semantic.ClaimVectors.build(s.claims(),
                            org.crosscheck.semantic.SentenceEncoder.shared(), Map.of());
                    System.err.println("vectors: " + (System.nanoTime() - tv) / 1_000_000 + " ms");
                    long t0 = System.nanoTime();
                    List<Fact> facts = aligner.align(s.claims(), s.documents(), Map.of(), StoryNames.of(s.mentions()),
                            s.mentions(), vectors);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    ProjectSnapshot realigned = new ProjectSnapshot(s.documents(), s.mentions(), s.entities(), s.claims(),
                            facts, s.reviews());
                    CsvExporter.export(realigned, out);
                    System.err.println(story.getFileName() + ": " + facts.size() + " facts in " + ms + " ms");
                }
            }
        }
    }
}
