package org.crosscheck.export;

import static org.crosscheck.export.SpreadsheetSafe.cell;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;

/** documents.csv: one row per article. */
final class DocumentsTable implements ExportTable {
    @Override
    public String fileName() {
        return "documents.csv";
    }

    @Override
    public List<String> header() {
        return List.of("document", "title", "outlet", "published", "published_from", "copy_of", "tokens");
    }

    @Override
    public void printRows(ProjectSnapshot snapshot, CSVPrinter out) throws IOException {
        for (DocumentInfo d : snapshot.documents()) {
            PublishedFrom from = d.publishedFrom() == null ? PublishedFrom.NONE : d.publishedFrom();
            out.printRecord(cell(d.name()), cell(d.title()), cell(d.outlet()),
                    d.published() == null ? "" : d.published().toString(), from.csvName(), cell(d.copyOf()),
                    Integer.toString(d.tokens()));
        }
    }
}
