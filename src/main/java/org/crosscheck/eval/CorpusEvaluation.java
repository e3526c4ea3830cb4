package org.crosscheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crosscheck.export.CsvExporter;

/**
 * The headline measure: analyses each story of the development set on its own (one project per
 * story, as a researcher would load it), then scores its export against the story's gold.json.
 * Every gold file is read before the first analysis, so a broken one stops the run at once.
 */
public final class CorpusEvaluation {

    private final CaseAnalyzer analyzer;
    private final Path workDir;
    private final Consumer<String> progress;

    /**
     * @param workDir  each story's project and export go to {@code workDir/<story>}
     * @param progress told which story is being analysed
     */
    public CorpusEvaluation(CaseAnalyzer analyzer, Path workDir, Consumer<String> progress) {
        this.analyzer = analyzer;
        this.workDir = workDir;
        this.progress = progress;
    }

    /** Analyses and scores the given story folders (see {@link CorpusStories#select}). */
    public CorpusResult evaluate(List<Path> storyDirs) {
        Map<Path, StoryGold> golds = new LinkedHashMap<>();
        storyDirs.forEach(dir -> golds.put(dir, GoldReader.read(dir.resolve("gold.json"))));
        List<StoryScore> scores = new ArrayList<>();
        List<CaseFailure> failures = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Path, StoryGold> story : golds.entrySet()) {
            String name = story.getKey().getFileName().toString();
            progress.accept("[" + ++done + "/" + golds.size() + "] analysing " + name);
            Path out = workDir.resolve(name);
            analyse(story.getKey(), out, name, failures);
            scores.add(StoryScorer.score(name, story.getValue(), StoryExport.read(out)));
        }
        return new CorpusResult(scores, failures);
    }

    /** A failed analysis is recorded; the story is still scored on whatever it exported. */
    private void analyse(Path storyDir, Path out, String name, List<CaseFailure> failures) {
        try {
            fresh(out);
            int exit = analyzer.analyze(storyDir, out);
            if (exit != 0) {
                failures.add(new CaseFailure(name, "analyze exited with " + exit));
            }
        } catch (Exception e) {
            failures.add(new CaseFailure(name, "analyze failed: " + e));
        }
    }

    /**
     * A reused folder starts empty of an earlier run: a stored project would keep the claims of
     * the code that made them (its derived output is rebuilt only when an article changes), and a
     * failed run must not be scored on the previous export.
     */
    private static void fresh(Path out) throws IOException {
        Files.createDirectories(out);
        for (String file : List.of("crosscheck.db", "crosscheck.db-wal", "crosscheck.db-shm", "crosscheck.db-journal")) {
            Files.deleteIfExists(out.resolve(file));
        }
        for (String file : CsvExporter.fileNames()) {
            Files.deleteIfExists(out.resolve(file));
        }
    }
}
