package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze samples --out DIR} end to end: real CoreNLP, a real SQLite file, real CSV read back. */
class AnalyzeCommandTest {

    @TempDir
    static Path out;

    private static int exitCode;
    private static String stderr;

    @BeforeAll
    static void analyseSamples() {
        Captured run = Captured.run("analyze", "samples", "--out", out.toString());
        exitCode = run.exitCode();
        stderr = run.stderr();
    }

    @Test
    void exitsWithZeroWhenEveryInputIsAnalysed() {
        assertThat(exitCode).as(stderr).isZero();
    }

    @Test
    void writesTheFourFilesWithTheirExactHeaders() throws Exception {
        assertThat(CsvFiles.header(out.resolve("documents.csv"))).startsWith(
                "document", "title", "outlet", "published", "published_from", "copy_of", "tokens");
        assertThat(CsvFiles.header(out.resolve("mentions.csv"))).startsWith(
                "document", "start", "end", "text", "type", "normalized", "entity_id", "entity_name");
        assertThat(CsvFiles.header(out.resolve("claims.csv"))).startsWith(
                "claim_id", "document", "sentence", "start", "end", "kind", "subject", "predicate", "value_text",
                "value", "unit", "speaker", "fact_id", "fact_status", "review");
        assertThat(CsvFiles.header(out.resolve("facts.csv"))).startsWith(
                "fact_id", "status", "kind", "label", "documents", "independent_sources", "values");
    }

    @Test
    void listsEverySampleWithItsManifestDate() throws Exception {
        List<CSVRecord> docs = CsvFiles.read(out.resolve("documents.csv"));
        assertThat(docs).extracting(r -> r.get("document")).containsExactlyInAnyOrder(
                "000_1a1ccef1600b2547.txt", "001_2ba6aa2364cfd342.txt", "002_b8fcfa02192d3b24.txt",
                "003_e17a6d2f227cc06c.txt", "004_0de8a2fd00d44d0a.txt");
        CSVRecord first = docs.stream().filter(r -> r.get("document").startsWith("000_")).findFirst().orElseThrow();
        assertThat(first.get("published")).isEqualTo("2020-09-27");
        assertThat(first.get("published_from")).isEqualTo("manifest");
        assertThat(Integer.parseInt(first.get("tokens"))).isGreaterThan(500);
    }

    @Test
    void mentionOffsetsPointIntoTheFileText() throws Exception {
        for (CSVRecord m : CsvFiles.read(out.resolve("mentions.csv"))) {
            String text = Files.readString(Path.of("samples", m.get("document")), StandardCharsets.UTF_8);
            int start = Integer.parseInt(m.get("start"));
            int end = Integer.parseInt(m.get("end"));
            assertThat(text.substring(start, end)).as(m.toString()).isEqualTo(m.get("text"));
        }
    }

    @Test
    void everyClaimBelongsToAFactWithAStatus() throws Exception {
        List<CSVRecord> claims = CsvFiles.read(out.resolve("claims.csv"));
        Set<String> factIds = CsvFiles.read(out.resolve("facts.csv")).stream()
                .map(r -> r.get("fact_id")).collect(Collectors.toSet());
        assertThat(claims).isNotEmpty();
        assertThat(claims).allSatisfy(c -> {
            assertThat(factIds).contains(c.get("fact_id"));
            assertThat(c.get("fact_status")).isIn("AGREE", "DISAGREE", "SINGLE");
            assertThat(c.get("review")).isEqualTo("auto");
        });
    }

    @Test
    void findsFactsReportedBySeveralSources() throws Exception {
        List<CSVRecord> facts = CsvFiles.read(out.resolve("facts.csv"));
        assertThat(facts).anySatisfy(f -> assertThat(f.get("status")).isIn("AGREE", "DISAGREE"));
    }

    @Test
    void reusesStoredAnalysisOfUnchangedFiles() {
        Captured again = Captured.run("analyze", "samples", "--out", out.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stderr()).contains("0 analysed, 5 reused");
    }

    @Test
    void exportWritesTheSameTablesFromTheSavedProject() throws Exception {
        Path again = out.resolve("again");
        Captured run = Captured.run("export", "--project", out.resolve("crosscheck.db").toString(),
                "--out", again.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        for (String file : List.of("documents.csv", "mentions.csv", "claims.csv", "facts.csv")) {
            assertThat(CsvFiles.read(again.resolve(file))).as(file)
                    .hasSameSizeAs(CsvFiles.read(out.resolve(file)));
        }
    }

    @Test
    void exportOfAMissingProjectSaysSo() {
        Captured run = Captured.run("export", "--project", out.resolve("nope.db").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("nope.db").doesNotContain("\tat ");
    }

    /** One CLI run with its exit code and what it printed to stderr. */
    record Captured(int exitCode, String stderr) {
        static synchronized Captured run(String... args) {
            PrintStream old = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                int code = Main.run(args);
                return new Captured(code, err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setErr(old);
            }
        }
    }
}
