package org.crosscheck.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.ProjectSnapshot;

/** One exported CSV file: its name, its exact header and how its rows come from a snapshot. */
interface ExportTable {
    String fileName();

    List<String> header();

    /** Prints the data rows (the header is printed by the caller); text cells through {@link SpreadsheetSafe}. */
    void printRows(ProjectSnapshot snapshot, CSVPrinter out) throws IOException;
}
