package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs on a Hadoop file system that only the job's configuration knows: a folder of articles with
 * its manifest and a JSON Lines file, read by URI on the executors, written to an output URI.
 */
class HadoopInputTest {

    @TempDir
    Path dir;

    @Test
    void aFolderAndAJsonLinesFileByUriAreReadThroughTheJobsHadoopConfiguration() throws IOException {
        Path folder = dir.resolve("in/folder");
        Files.createDirectories(folder);
        for (String name : List.of("000_1a1ccef1600b2547.txt", "002_b8fcfa02192d3b24.txt", "manifest.csv")) {
            Files.copy(Path.of("../samples", name), folder.resolve(name));
        }
        Path lines = dir.resolve("in/news.jsonl");
        Files.writeString(lines, Json.createObjectBuilder()
                .add("text", Files.readString(Path.of("../samples/003_e17a6d2f227cc06c.txt")))
                .add("outlet", "Wire").add("published", "2020-10-01").build() + "\n", StandardCharsets.UTF_8);
        SparkSession spark = LocalSpark.session();
        spark.sparkContext().hadoopConfiguration().set("fs." + OtherFileSystem.SCHEME + ".impl",
                OtherFileSystem.class.getName());
        Path out = dir.resolve("out");

        JobReport report = AnalyzeJob.run(spark, JobOptions.of(List.of(uri(dir.resolve("in"))), uri(out)));

        assertThat(report.failures()).isEmpty();
        List<Map<String, String>> documents = CsvTable.read(out.resolve("documents.csv"));
        assertThat(documents).extracting(d -> d.get("document") + " " + d.get("outlet") + " " + d.get("published"))
                .containsExactlyInAnyOrder("folder/000_1a1ccef1600b2547.txt The Washington Post 2020-09-27",
                        "folder/002_b8fcfa02192d3b24.txt NBC News 2020-09-29", "news.jsonl#1 Wire 2020-10-01");
        assertThat(CsvTable.read(out.resolve("claims.csv"))).extracting(c -> c.get("document"))
                .contains("folder/000_1a1ccef1600b2547.txt", "news.jsonl#1");
        assertThat(spark.read().parquet(uri(out.resolve("parquet/documents"))).count()).isEqualTo(3);
    }

    private static String uri(Path p) {
        return OtherFileSystem.SCHEME + "://" + p.toAbsolutePath();
    }
}
