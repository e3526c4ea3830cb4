package org.crosscheck.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.export.SpreadsheetSafe;

/**
 * A table a view exports (the source agreement matrix) written as CSV like the project's own
 * exports: RFC 4180, UTF-8, every text cell through {@link SpreadsheetSafe} so that a spreadsheet
 * never reads a source's name as a formula; numbers and booleans are written as they are.
 */
public final class TableFile {

    private TableFile() {
    }

    public static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, format)) {
            for (List<Object> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under a header of "
                            + header.size());
                }
                out.printRecord(row.stream().map(TableFile::cell).toList());
            }
        }
    }

    private static Object cell(Object value) {
        return value instanceof Number || value instanceof Boolean ? value
                : SpreadsheetSafe.cell(value == null ? null : value.toString());
    }
}
