package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.ProjectSnapshot;

/**
 * The export's tables as CSV text, for a writer that puts the rows of many projects into one file
 * (the Spark job writes each story's rows as it comes): the header once, then each project's rows,
 * printed exactly as {@link CsvExporter} prints them.
 */
public final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvRows() {
    }

    /** The columns of a table ({@code documents.csv}, ...), as in its header. */
    public static List<String> columns(String fileName) {
        return table(fileName).header();
    }

    /** The header line of a table, with its line break. */
    public static String header(String fileName) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            out.printRecord(columns(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    /** The data rows of a table for one project, each line ending in a line break; empty when it has none. */
    public static String rows(ProjectSnapshot snapshot, String fileName) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(text, FORMAT)) {
            table(fileName).printRows(snapshot, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static ExportTable table(String fileName) {
        return CsvExporter.TABLES.stream().filter(t -> t.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no exported table is named " + fileName));
    }
}
