package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a labelled set: every sub-folder of the root that holds an {@code expected.csv} is a case. */
public final class EvalSetReader {

    static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();

    private EvalSetReader() {
    }

    /** The cases under {@code root}, sorted by name. */
    public static List<EvalCase> readAll(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": not a folder of evaluation cases");
        }
        try (Stream<Path> children = Files.list(root)) {
            List<EvalCase> cases = new ArrayList<>();
            for (Path dir : children.filter(d -> Files.isRegularFile(d.resolve("expected.csv"))).sorted().toList()) {
                cases.add(read(dir));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list cases", e);
        }
    }

    /** One case folder; a malformed {@code expected.csv} fails with the file and line. */
    public static EvalCase read(Path caseDir) {
        String name = caseDir.getFileName().toString();
        Path expected = caseDir.resolve("expected.csv");
        List<ExpectedRow> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(expected, StandardCharsets.UTF_8);
             CSVParser parser = WITH_HEADER.parse(in)) {
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                try {
                    rows.add(new ExpectedRow(name, line, r.get("doc_a"), r.get("value_a"), r.get("doc_b"),
                            r.get("value_b"), Relation.parse(r.get("status")), r.get("disagreement").strip(),
                            r.isMapped("note") && r.isSet("note") ? r.get("note") : ""));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(expected + " line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(expected + ": cannot read", e);
        }
        return new EvalCase(name, caseDir, rows);
    }
}
