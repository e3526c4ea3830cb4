package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode (real Spark, real CoreNLP) on three stories of the shared corpus (two of
 * them earthquakes) given as one folder: it finds the three stories, and its facts are the desktop's facts of each
 * story folder (the same claims grouped, the same statuses).
 */
class CorpusStoriesTest {

    private static final Path CORPUS = Path.of("../../shared/corpus");
    private static final List<String> STORIES = List.of("france-paris-jewellery-heist-2013",
            "indonesia-aceh-earthquake-2013", "iran-qeshm-earthquake-2005");

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void runTheJob() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        Path input = dir.resolve("corpus");
        for (String story : STORIES) {
            copyFolder(CORPUS.resolve(story), input.resolve(story));
        }
        out = dir.resolve("out");
        JobReport report = AnalyzeJob.run(LocalSpark.session(), JobOptions.of(List.of(input.toString()), out.toString()));
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void eachStoryFolderIsOneStory() throws IOException {
        Map<String, Set<String>> folders = new HashMap<>();
        for (Map<String, String> row : CsvTable.read(out.resolve("stories.csv"))) {
            folders.computeIfAbsent(row.get("story"), s -> new TreeSet<>())
                    .add(row.get("document").substring(0, row.get("document").indexOf('/')));
        }
        assertThat(folders.values()).containsExactlyInAnyOrder(Set.of(STORIES.get(0)), Set.of(STORIES.get(1)),
                Set.of(STORIES.get(2)));
    }

    @Test
    void multiDocumentFactsAreTheDesktopsOfEachStory() throws IOException {
        Set<String> desktop = new HashSet<>();
        for (String story : STORIES) {
            Path export = dir.resolve("desktop-" + story);
            try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve(story + ".db"), 2)) {
                wb.analyze(List.of(CORPUS.resolve(story)), null, ProgressListener.NONE, new CancellationToken());
                wb.export(export);
            }
            desktop.addAll(multiDocumentFacts(export, ""));
        }

        Set<String> job = new HashSet<>();
        for (String story : STORIES) {
            job.addAll(multiDocumentFacts(out, story + "/"));
        }
        assertThat(desktop).isNotEmpty();
        assertThat(job).isEqualTo(desktop);
    }

    @Test
    void parquetTablesHoldTheCsvRows() throws IOException {
        List<Map<String, String>> csv = CsvTable.read(out.resolve("facts.csv"));
        List<Row> parquet = LocalSpark.session().read().parquet(out.resolve("parquet/facts").toString()).collectAsList();

        assertThat(parquet).extracting(r -> r.<String>getAs("fact_id"))
                .containsExactlyInAnyOrderElementsOf(csv.stream().map(r -> r.get("fact_id")).toList());
        assertThat(LocalSpark.session().read().parquet(out.resolve("parquet/facts").toString()).columns())
                .containsExactlyElementsOf(CsvTable.header(out.resolve("facts.csv")));
    }

    /**
     * The facts of claims from two or more documents, each as its claims (ids without the story's
     * folder, which the job's document names carry) and its status.
     */
    private static Set<String> multiDocumentFacts(Path export, String prefix) throws IOException {
        Map<String, String> status = new HashMap<>();
        CsvTable.read(export.resolve("facts.csv")).forEach(r -> status.put(r.get("fact_id"), r.get("status")));
        Map<String, Set<String>> claims = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        for (Map<String, String> c : CsvTable.read(export.resolve("claims.csv"))) {
            String id = c.get("claim_id");
            if (!id.startsWith(prefix) || c.get("fact_id").isEmpty()) {
                continue;
            }
            claims.computeIfAbsent(c.get("fact_id"), f -> new TreeSet<>()).add(id.substring(prefix.length()));
            documents.computeIfAbsent(c.get("fact_id"), f -> new HashSet<>()).add(c.get("document"));
        }
        return claims.entrySet().stream().filter(e -> documents.get(e.getKey()).size() >= 2)
                .map(e -> status.get(e.getKey()) + " " + e.getValue()).collect(Collectors.toSet());
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }
}
