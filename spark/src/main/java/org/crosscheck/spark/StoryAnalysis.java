package org.crosscheck.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.export.CsvRows;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.service.AnalysedDocuments;
import org.crosscheck.service.StageTimes;
import org.crosscheck.store.StoredDocument;

/**
 * The per-story stage: a story's documents, in name order (the desktop's order for one folder),
 * become a project in a scratch file exactly as the desktop's analysis makes one after its NLP
 * ({@link AnalysedDocuments}: entity linking, copy detection, claims, alignment and statuses), and
 * the project's rows are printed as the export prints them. A story that fails is reported for
 * each of its documents; the other stories go on.
 */
final class StoryAnalysis {
    private static final long MIN_SCRATCH_BYTES = 2L * 1024 * 1024 * 1024;

    private StoryAnalysis() {
    }

    static StoryOutput analyse(String story, Iterable<AnalysedArticle> articles, JobTimes times) {
        long start = System.nanoTime();
        List<AnalysedArticle> sorted = new ArrayList<>();
        articles.forEach(sorted::add);
        sorted.sort(Comparator.comparing(AnalysedArticle::name));
        List<String> names = sorted.stream().map(AnalysedArticle::name).toList();
        Path scratch = null;
        try {
            List<StoredDocument> documents = sorted.stream().map(AnalysedArticle::decode).toList();
            scratch = Files.createTempDirectory(scratchRoot(), "crosscheck-story");
            StageTimes stages = new StageTimes();
            ProjectSnapshot project = AnalysedDocuments.analyse(scratch.resolve("story.db"), documents, stages);
            List<String> tables = OutputTables.TABLES.stream().map(t -> CsvRows.rows(project, t)).toList();
            Map<StageTimes.Stage, Long> ms = stages.millis();
            times.storyClaims.add(ms.get(StageTimes.Stage.CLAIMS));
            times.storyAlign.add(ms.get(StageTimes.Stage.ALIGN));
            times.storyEmbed.add(ms.get(StageTimes.Stage.EMBED));
            times.storyStore.add(ms.get(StageTimes.Stage.STORE));
            return new StoryOutput(story, names, tables, null);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new StoryOutput(story, names, List.of(), "the story " + story + " could not be analysed: " + reason);
        } finally {
            deleteQuietly(scratch);
            times.storyTotal.add(System.nanoTime() - start);
        }
    }

    /**
     * RAM-backed when the machine has a roomy one (the scratch project lives for a second; a
     * container's 64 MB {@code /dev/shm} is not), else the temporary folder;
     * {@code -Dcrosscheck.spark.scratch=DIR} chooses.
     */
    private static Path scratchRoot() throws IOException {
        String configured = System.getProperty("crosscheck.spark.scratch");
        if (configured != null) {
            return Path.of(configured);
        }
        Path shm = Path.of("/dev/shm");
        boolean roomy = Files.isDirectory(shm) && Files.isWritable(shm)
                && Files.getFileStore(shm).getUsableSpace() > MIN_SCRATCH_BYTES;
        return roomy ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left behind is harmless
        }
    }
}
