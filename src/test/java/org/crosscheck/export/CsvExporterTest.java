package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.normalize.TimeOfDayNormalizer;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    private static final String TRICKY_SENTENCE = "\"We will cut, by September, to 3,000\",\n the general said.";

    @TempDir
    Path dir;

    private static Claim claim(String id, String document, String valueText, double stated, String subject,
                               String speaker) {
        return new Claim(id, document, 2, TRICKY_SENTENCE, 10, 70, 40, 45, ClaimKind.COUNT, subject, "cut",
                valueText, ClaimValue.of(new Quantity(stated, stated, stated, Hedge.EXACT, "troop")),
                "[" + (int) stated + ", " + (int) stated + "] troop", "troop", speaker, List.of("E1"), "to");
    }

    private static ProjectSnapshot snapshot() {
        List<DocumentInfo> documents = List.of(
                new DocumentInfo("ap.txt", "Troops, \"cut\" – Iraq", "AP", LocalDate.of(2020, 9, 9),
                        PublishedFrom.MANIFEST, null, 812, "h1"),
                new DocumentInfo("wapo.html", "=HYPERLINK(\"http://evil\")", "WaPo", null, PublishedFrom.NONE,
                        "ap.txt", 640, "h2"));
        List<MentionRecord> mentions = List.of(
                new MentionRecord("ap.txt", 100, 114, "Frank McKenzie", MentionType.PERSON, null, "E1",
                        "Frank McKenzie"),
                new MentionRecord("ap.txt", 120, 129, "September", MentionType.DATE, "2020-09", null, null));
        List<Claim> claims = List.of(
                claim("c1", "ap.txt", "3,000", 3000, "U.S. troops in Iraq", "Gen. Frank McKenzie"),
                claim("c2", "wapo.html", "about 3,200", 3200, "@troops", "-Qassem \"Qasem\" Soleimani"),
                claim("c3", "wapo.html", "5,200", 5200, "U.S. troops in Iraq", ""));
        List<Fact> facts = List.of(
                new Fact("f1", ClaimKind.COUNT, "U.S. troops in Iraq", List.of("c1", "c2", "c3"),
                        FactStatus.DISAGREE, Disagreement.COUNT, 2));
        Map<String, ReviewDecision> reviews = Map.of(
                "c1", new ReviewDecision("c1", ReviewState.EDITED, "2,500", "AP corrected, see update", null,
                        Instant.now()),
                "c3", new ReviewDecision("c3", ReviewState.REJECTED, null, "+misread", null, Instant.now()));
        return new ProjectSnapshot(documents, mentions,
                List.of(new Entity("E1", "Frank McKenzie", MentionType.PERSON, List.of("McKenzie"))), claims, facts,
                reviews);
    }

    private List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private List<String> header(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getHeaderNames();
        }
    }

    @Test
    void writesTheFourFilesWithExactHeaders() throws IOException {
        CsvExporter.export(snapshot(), dir);

        assertThat(header("documents.csv"))
                .containsExactly("document", "title", "outlet", "published", "published_from", "copy_of", "tokens");
        assertThat(header("mentions.csv")).containsExactly("document", "start", "end", "text", "type", "normalized",
                "entity_id", "entity_name");
        assertThat(header("claims.csv")).containsExactly("claim_id", "document", "sentence", "start", "end", "kind",
                "subject", "predicate", "value_text", "value", "unit", "speaker", "fact_id", "fact_status", "review",
                "edited_value", "note", "role");
        assertThat(header("facts.csv")).containsExactly("fact_id", "status", "kind", "label", "documents",
                "independent_sources", "values", "disagreement");
    }

    @Test
    void writesUtf8WithCrLfRecordsAndNoByteOrderMark() throws IOException {
        CsvExporter.export(snapshot(), dir);

        byte[] bytes = Files.readAllBytes(dir.resolve("documents.csv"));
        assertThat(new String(bytes, 0, 8, StandardCharsets.UTF_8)).isEqualTo("document");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("tokens\r\n").contains("– Iraq");
    }

    @Test
    void readsBackTextWithCommasQuotesAndNewlines() throws IOException {
        CsvExporter.export(snapshot(), dir);

        assertThat(read("claims.csv").get(0).get("sentence")).isEqualTo(TRICKY_SENTENCE);
        assertThat(read("documents.csv").get(0).get("title")).isEqualTo("Troops, \"cut\" – Iraq");
    }

    @Test
    void escapesCellsThatWouldRunAsFormulas() throws IOException {
        CsvExporter.export(snapshot(), dir);

        assertThat(read("documents.csv").get(1).get("title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        CSVRecord c2 = read("claims.csv").get(1);
        assertThat(c2.get("subject")).isEqualTo("'@troops");
        assertThat(c2.get("speaker")).isEqualTo("'-Qassem \"Qasem\" Soleimani");
        assertThat(read("claims.csv").get(2).get("note")).isEqualTo("'+misread");
    }

    @Test
    void documentsRowsCarryDateSourceCopyAndTokens() throws IOException {
        CsvExporter.export(snapshot(), dir);

        List<CSVRecord> rows = read("documents.csv");
        assertThat(rows.get(0).toList()).containsExactly("ap.txt", "Troops, \"cut\" – Iraq", "AP", "2020-09-09",
                "manifest", "", "812");
        assertThat(rows.get(1).get("published")).isEmpty();
        assertThat(rows.get(1).get("published_from")).isEqualTo("none");
        assertThat(rows.get(1).get("copy_of")).isEqualTo("ap.txt");
    }

    @Test
    void mentionsRowsCarryOffsetsTypeAndEntity() throws IOException {
        CsvExporter.export(snapshot(), dir);

        List<CSVRecord> rows = read("mentions.csv");
        assertThat(rows.get(0).toList()).containsExactly("ap.txt", "100", "114", "Frank McKenzie", "PERSON", "", "E1",
                "Frank McKenzie");
        assertThat(rows.get(1).toList()).containsExactly("ap.txt", "120", "129", "September", "DATE", "2020-09", "",
                "");
    }

    @Test
    void claimsRowsCarryValueFactAndReview() throws IOException {
        CsvExporter.export(snapshot(), dir);

        List<CSVRecord> rows = read("claims.csv");
        CSVRecord c1 = rows.get(0);
        assertThat(c1.get("claim_id")).isEqualTo("c1");
        assertThat(c1.get("kind")).isEqualTo("count");
        assertThat(c1.get("value_text")).isEqualTo("3,000");
        assertThat(c1.get("value")).isEqualTo("[3000, 3000] troop");
        assertThat(c1.get("start")).isEqualTo("40");
        assertThat(c1.get("fact_id")).isEqualTo("f1");
        assertThat(c1.get("fact_status")).isEqualTo("DISAGREE");
        assertThat(c1.get("review")).isEqualTo("edited");
        assertThat(c1.get("edited_value")).isEqualTo("2,500");
        assertThat(c1.get("note")).isEqualTo("AP corrected, see update");
        assertThat(c1.get("role")).isEqualTo("to");
        assertThat(rows.get(1).get("review")).isEqualTo("auto");
        assertThat(rows.get(2).get("review")).isEqualTo("rejected");
    }

    @Test
    void factsRowsListValuesPerDocumentWithEditsAndWithoutRejectedClaims() throws IOException {
        CsvExporter.export(snapshot(), dir);

        CSVRecord f1 = read("facts.csv").get(0);
        assertThat(f1.toList()).containsExactly("f1", "DISAGREE", "count", "U.S. troops in Iraq",
                "ap.txt; wapo.html", "2", "ap.txt: 2,500; wapo.html: about 3,200", "count");
    }

    @Test
    void replacesAnEarlierExportAndLeavesNoTemporaryFiles() throws IOException {
        Files.writeString(dir.resolve("facts.csv"), "old");
        CsvExporter.export(snapshot(), dir);

        assertThat(read("facts.csv")).hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(CsvExporter.fileNames());
        }
    }

    @Test
    void createsAMissingFolder() throws IOException {
        Path nested = dir.resolve("out").resolve("run1");
        CsvExporter.export(snapshot(), nested);

        assertThat(nested.resolve("claims.csv")).exists();
    }

    @Test
    void exportIntoAFileInsteadOfAFolderFailsNamingTheFolder() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path target = notAFolder.resolve("export");

        assertThatThrownBy(() -> CsvExporter.export(snapshot(), target))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("Could not export to " + target + ": ")
                .hasMessageEndingWith("No files were changed.");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
    }

    @Test
    void failedExportLeavesEarlierFilesAndNoTemporaryFiles() throws IOException {
        Files.writeString(dir.resolve("documents.csv"), "earlier export");
        Files.createDirectories(dir.resolve("facts.csv").resolve("in-the-way"));

        assertThatThrownBy(() -> CsvExporter.export(snapshot(), dir))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("facts.csv");
        assertThat(Files.readString(dir.resolve("documents.csv"))).isEqualTo("earlier export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("documents.csv", "facts.csv");
        }
    }

    @Test
    void writesTimesOfDayAndAgesWithTheirKindAndValue() throws IOException {
        TimeOfDay around = new TimeOfDayNormalizer().normalize("at around 4.30am").orElseThrow();
        List<Claim> claims = List.of(
                new Claim("t1", "ap.txt", 2, "They struck at around 4.30am.", 10, 40, 20, 33, ClaimKind.TIME, "strike",
                        "strike", "around 4.30am", ClaimValue.of(around), around.normalized(), null, "", List.of(), null),
                new Claim("g1", "ap.txt", 3, "Robert Buckley, 32, died.", 41, 66, 57, 59, ClaimKind.AGE, "Robert Buckley",
                        "be", "32", ClaimValue.of(Quantity.exact(32, "year")), "32 year", "year", "", List.of("E1"), null));
        ProjectSnapshot s = snapshot();
        CsvExporter.export(new ProjectSnapshot(s.documents(), s.mentions(), s.entities(), claims, List.of(), Map.of()), dir);

        List<CSVRecord> rows = read("claims.csv");
        assertThat(rows).extracting(r -> r.get("kind") + " " + r.get("value") + " " + r.get("unit"))
                .containsExactly("time ~04:30 ", "age 32 year year");
    }
}
