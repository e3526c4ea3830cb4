package org.crosscheck.export;

import static org.crosscheck.export.SpreadsheetSafe.cell;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;

/** mentions.csv: every entity and value mention, offsets into the file's decoded text. */
final class MentionsTable implements ExportTable {
    @Override
    public String fileName() {
        return "mentions.csv";
    }

    @Override
    public List<String> header() {
        return List.of("document", "start", "end", "text", "type", "normalized", "entity_id", "entity_name");
    }

    @Override
    public void printRows(ProjectSnapshot snapshot, CSVPrinter out) throws IOException {
        for (MentionRecord m : snapshot.mentions()) {
            out.printRecord(cell(m.document()), Integer.toString(m.start()), Integer.toString(m.end()),
                    cell(m.text()), m.type().name(), cell(m.normalized()), cell(m.entityId()),
                    cell(m.entityName()));
        }
    }
}
