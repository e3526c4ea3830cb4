package org.crosscheck.export;

import static org.crosscheck.export.SpreadsheetSafe.cell;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;

/** claims.csv: one row per checkable statement, with its fact and the researcher's decision. */
final class ClaimsTable implements ExportTable {
    @Override
    public String fileName() {
        return "claims.csv";
    }

    @Override
    public List<String> header() {
        return List.of("claim_id", "document", "sentence", "start", "end", "kind", "subject", "predicate",
                "value_text", "value", "unit", "speaker", "fact_id", "fact_status", "review",
                "edited_value", "note", "role");
    }

    @Override
    public void printRows(ProjectSnapshot snapshot, CSVPrinter out) throws IOException {
        Map<String, Fact> factOf = new HashMap<>();
        for (Fact f : snapshot.facts()) {
            for (String claimId : f.claimIds()) {
                factOf.put(claimId, f);
            }
        }
        for (Claim c : snapshot.claims()) {
            Fact fact = factOf.get(c.id());
            ReviewDecision review = snapshot.reviewOf(c.id());
            out.printRecord(cell(c.id()), cell(c.document()), cell(c.sentence()), Integer.toString(c.start()),
                    Integer.toString(c.end()), c.kind().csvName(), cell(c.subject()), cell(c.predicate()),
                    cell(c.valueText()), cell(c.normalized()), cell(c.unit()), cell(c.speaker()),
                    fact == null ? "" : cell(fact.id()), fact == null ? "" : fact.status().name(),
                    review.state().csvName(), cell(review.editedValue()), cell(review.note()), cell(c.role()));
        }
    }
}
