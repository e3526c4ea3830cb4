package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text cell of every exported file, read back: whatever text the articles and the
 * researcher put into a project, no cell starts the way a spreadsheet formula does, and the
 * numeric columns hold plain numbers.
 */
class ExportedCellsTest {
    /** The columns written as numbers; every other column is text. */
    private static final Map<String, Set<String>> NUMERIC = Map.of(
            "documents.csv", Set.of("tokens"),
            "mentions.csv", Set.of("start", "end"),
            "claims.csv", Set.of("start", "end"),
            "facts.csv", Set.of("independent_sources"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "+44 20 7946 0000", "+2", "-5", "=HYPERLINK(\"x\")"})
    void noTextCellStartsLikeAFormulaAndNumbersStayNumbers(String start) throws IOException {
        CsvExporter.export(snapshotWhoseTextStartsWith(start), dir);

        int escaped = 0;
        for (String file : CsvExporter.fileNames()) {
            List<CSVRecord> rows = CsvFiles.read(dir.resolve(file));
            assertThat(rows).as(file).isNotEmpty();
            for (CSVRecord row : rows) {
                for (Map.Entry<String, String> cell : row.toMap().entrySet()) {
                    String where = file + " column " + cell.getKey() + ": " + cell.getValue();
                    if (NUMERIC.get(file).contains(cell.getKey())) {
                        assertThat(cell.getValue()).as(where).matches("\\d+");
                    } else {
                        assertThat(SpreadsheetSafe.startsLikeAFormula(cell.getValue())).as(where).isFalse();
                        escaped += cell.getValue().startsWith("'" + start) ? 1 : 0;
                    }
                }
            }
        }
        // every free-text field of the snapshot below came out escaped (and only once)
        assertThat(escaped).isEqualTo(26);
    }

    /** A project in which every text the articles or the researcher supply starts with {@code s}. */
    private static ProjectSnapshot snapshotWhoseTextStartsWith(String s) {
        String doc = s + "report.txt";
        List<DocumentInfo> documents = List.of(new DocumentInfo(doc, s + "title", s + "outlet",
                LocalDate.of(2020, 9, 9), PublishedFrom.MANIFEST, s + "original.txt", 812, "h1"));
        List<MentionRecord> mentions = List.of(new MentionRecord(doc, 100, 114, s + "mention", MentionType.NUMBER,
                s + "44", s + "E1", s + "entity"));
        Claim claim = new Claim(s + "c1", doc, 0, s + "sentence", 10, 70, 40, 45, ClaimKind.COUNT, s + "subject",
                s + "predicate", s + "2", ClaimValue.of(new Quantity(2, 2, 2, Hedge.EXACT, "goal")), s + "2 goal",
                s + "unit", s + "speaker", List.of("E1"), s + "role");
        List<Fact> facts = List.of(new Fact(s + "f1", ClaimKind.COUNT, s + "label", List.of(claim.id()),
                FactStatus.SINGLE, Disagreement.NONE, 1));
        Map<String, ReviewDecision> reviews = Map.of(claim.id(), new ReviewDecision(claim.id(), ReviewState.EDITED,
                s + "3", s + "note", null, Instant.now()));
        return new ProjectSnapshot(documents, mentions, List.of(new Entity(s + "E1", s + "entity", MentionType.PERSON,
                List.of())), List.of(claim), facts, reviews);
    }
}
