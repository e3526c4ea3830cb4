package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad articles among good ones, as files and as JSON lines: each goes to the errors table with
 * the desktop's reason, the job does not fail, and the good ones are analysed.
 */
class BadInputTest {

    private static final Path SAMPLE = Path.of("../samples/001_2ba6aa2364cfd342.txt");

    @TempDir
    static Path dir;

    private static Path out;
    private static int exitCode;

    @BeforeAll
    static void runTheJobOnGoodAndBadArticles() throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        String text = Files.readString(SAMPLE);
        Files.writeString(input.resolve("good.txt"), text);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {0, 1, 2, 0, (byte) 0xff, 0, 0, 9, 0, 0, 0, 0, 7});
        Files.writeString(input.resolve("news.jsonl"), String.join("\n",
                Json.createObjectBuilder().add("text", text).add("title", "Pakistan floods").add("outlet", "News PK")
                        .add("published", "2020-10-24T08:00:00Z").add("url", "https://example.org/a").build().toString(),
                "not json at all",
                "{\"title\": \"a headline and nothing else\"}",
                "",
                Json.createObjectBuilder().add("html", "<html><head><title>Quake</title></head><body><article><p>"
                        + text.substring(0, 1200) + "</p></article></body></html>").build().toString()),
                StandardCharsets.UTF_8);
        out = dir.resolve("out");
        exitCode = Main.run("analyze", input.toString(), "--out", out.toString(), "--master", "local[2]");
    }

    @Test
    void eachBadArticleIsAnErrorRowWithItsReason() throws IOException {
        List<Map<String, String>> errors = CsvTable.read(out.resolve("errors.csv"));

        assertThat(errors).extracting(e -> e.get("file").replaceAll(".*/", "") + ": " + e.get("reason"))
                .anySatisfy(e -> assertThat(e).startsWith("empty.txt: the file is empty"))
                .anySatisfy(e -> assertThat(e).startsWith("binary.txt: ").contains("binary"))
                .anySatisfy(e -> assertThat(e).startsWith("news.jsonl line 2: the line is not valid JSON"))
                .anySatisfy(e -> assertThat(e).isEqualTo("news.jsonl line 3: the line has neither \"text\" nor \"html\""))
                .hasSize(4);
    }

    @Test
    void theGoodArticlesAreAnalysedAndTheExitCodeSaysSomeWereNot() throws IOException {
        assertThat(CsvTable.read(out.resolve("documents.csv"))).extracting(d -> d.get("document"))
                .containsExactlyInAnyOrder("good.txt", "news.jsonl#1", "news.jsonl#5");
        assertThat(CsvTable.read(out.resolve("claims.csv"))).extracting(c -> c.get("document")).contains("good.txt",
                "news.jsonl#1");
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void aJsonLineTakesItsTitleOutletAndDateAsAManifestRow() throws IOException {
        Map<String, String> line = CsvTable.read(out.resolve("documents.csv")).stream()
                .filter(d -> d.get("document").equals("news.jsonl#1")).findFirst().orElseThrow();

        assertThat(line).containsEntry("title", "Pakistan floods").containsEntry("outlet", "News PK")
                .containsEntry("published", "2020-10-24").containsEntry("published_from", "manifest");
    }
}
