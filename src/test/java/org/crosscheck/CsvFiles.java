package org.crosscheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads an exported CSV file back with commons-csv, as a spreadsheet or a script would. */
public final class CsvFiles {
    private CsvFiles() {
    }

    public static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** The cells of a file that a spreadsheet would run as formulas, as "column: text". */
    public static List<String> cellsStartingLikeAFormula(Path file) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (CSVRecord row : read(file)) {
            row.toMap().forEach((column, cell) -> {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    found.add(column + ": " + cell);
                }
            });
        }
        return found;
    }

    public static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getHeaderNames();
        }
    }
}
