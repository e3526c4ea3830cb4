package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of an {@code analyze} export that the corpus scorer reads, as {@code score.py}
 * reads them: raw cells (no spreadsheet-guard undone, which only touches a cell's first
 * character), {@code null} for a column a row lacks, and {@code null} for a whole file that is
 * absent ({@code score.py} scores no entities without mentions.csv, no copies without documents.csv).
 */
public record StoryExport(List<Claim> claims, List<Mention> mentions, List<Document> documents) {

    public record Claim(String document, String sentence, String valueText, String factId, String factStatus) {
    }

    public record Mention(String text, String entityId) {
    }

    public record Document(String document, String copyOf) {
    }

    /** Python's csv reader skips blank lines; the export has none outside quoted cells anyway. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    public static StoryExport read(Path dir) {
        return new StoryExport(
                rows(dir.resolve("claims.csv"), r -> new Claim(cell(r, "document"), cell(r, "sentence"),
                        cell(r, "value_text"), cell(r, "fact_id"), cell(r, "fact_status"))),
                rows(dir.resolve("mentions.csv"), r -> new Mention(cell(r, "text"), cell(r, "entity_id"))),
                rows(dir.resolve("documents.csv"), r -> new Document(cell(r, "document"), cell(r, "copy_of"))));
    }

    private static <T> List<T> rows(Path file, Function<CSVRecord, T> row) {
        if (!Files.exists(file)) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(skipBom(in))) {
            List<T> out = new ArrayList<>();
            for (CSVRecord r : parser) {
                out.add(row.apply(r));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the export", e);
        }
    }

    /** score.py opens the files as utf-8-sig: a byte order mark is not part of the first header. */
    private static Reader skipBom(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }
}
