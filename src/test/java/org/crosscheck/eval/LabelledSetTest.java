package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The labelled set in {@code src/test/resources/eval} is well-formed, so its scores mean something. */
class LabelledSetTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final Set<String> KINDS = Set.of("value", "date", "count", "attribution", "wording", "polarity", "update");

    @Test
    void labelledSetIsWellFormed() throws IOException {
        List<EvalCase> cases = EvalSetReader.readAll(EVAL);
        List<String> problems = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            Map<String, String> texts = documents(evalCase.dir(), problems);
            for (ExpectedRow row : evalCase.rows()) {
                checkRow(row, texts, problems);
            }
        }

        assertThat(problems).isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases.stream().mapToInt(c -> c.rows().size()).sum()).isBetween(60, 120);
        assertThat(cases.stream().map(EvalCase::domain).collect(Collectors.toSet()))
                .contains("conflict", "disaster", "election", "economy", "sport", "health");
        assertThat(cases.stream().flatMap(c -> c.rows().stream()).map(ExpectedRow::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Relation.values());
    }

    /** The case's documents by file name, read from its manifest; every .txt must be listed. */
    private static Map<String, String> documents(Path dir, List<String> problems) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Path manifest = dir.resolve("manifest.csv");
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8);
             CSVParser parser = EvalSetReader.WITH_HEADER.parse(in)) {
            if (!parser.getHeaderNames().equals(List.of("file", "outlet", "published", "url"))) {
                problems.add(manifest + ": header is " + parser.getHeaderNames());
            }
            for (CSVRecord r : parser) {
                Path file = dir.resolve(r.get("file"));
                if (!Files.isRegularFile(file)) {
                    problems.add(manifest + ": " + r.get("file") + " does not exist");
                    continue;
                }
                texts.put(r.get("file"), Files.readString(file, StandardCharsets.UTF_8));
                checkDate(manifest, r.get("published"), problems);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !texts.containsKey(n))
                    .forEach(n -> problems.add(manifest + ": " + n + " is not listed"));
        }
        if (texts.size() < 2 || texts.size() > 4) {
            problems.add(dir + ": " + texts.size() + " documents, expected 2 to 4");
        }
        return texts;
    }

    private static void checkDate(Path manifest, String published, List<String> problems) {
        if (published.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            problems.add(manifest + ": published '" + published + "' is not an ISO date");
        }
    }

    private static void checkRow(ExpectedRow row, Map<String, String> texts, List<String> problems) {
        String where = row.caseName() + "/expected.csv line " + row.line() + ": ";
        if (row.docA().equals(row.docB())) {
            problems.add(where + "both values are in " + row.docA());
        }
        checkValue(where, row.docA(), row.valueA(), texts, problems);
        checkValue(where, row.docB(), row.valueB(), texts, problems);
        boolean isDisagree = row.status() == Relation.DISAGREE;
        if (isDisagree && !KINDS.contains(row.disagreement())) {
            problems.add(where + "DISAGREE needs a kind among " + KINDS + ", got '" + row.disagreement() + "'");
        }
        if (!isDisagree && !row.disagreement().isEmpty()) {
            problems.add(where + row.status() + " must not name a disagreement kind");
        }
    }

    private static void checkValue(String where, String doc, String value, Map<String, String> texts,
                                   List<String> problems) {
        String text = texts.get(doc);
        if (text == null) {
            problems.add(where + doc + " is not a document of the case");
        } else if (value.isBlank() || !text.contains(value)) {
            problems.add(where + "'" + value + "' does not occur verbatim in " + doc);
        }
    }
}
