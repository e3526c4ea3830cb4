package org.crosscheck.export;

import static org.crosscheck.export.SpreadsheetSafe.cell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * facts.csv: one row per fact with the value each document gives. Rejected claims are left out
 * of {@code documents} and {@code values}; an edited claim shows the researcher's value.
 */
final class FactsTable implements ExportTable {
    private static final String LIST_SEPARATOR = "; ";

    @Override
    public String fileName() {
        return "facts.csv";
    }

    @Override
    public List<String> header() {
        return List.of("fact_id", "status", "kind", "label", "documents", "independent_sources", "values",
                "disagreement");
    }

    @Override
    public void printRows(ProjectSnapshot snapshot, CSVPrinter out) throws IOException {
        Map<String, Claim> claims = new HashMap<>();
        for (Claim c : snapshot.claims()) {
            claims.put(c.id(), c);
        }
        for (Fact f : snapshot.facts()) {
            Set<String> documents = new LinkedHashSet<>();
            List<String> values = new ArrayList<>();
            for (String claimId : f.claimIds()) {
                Claim claim = claims.get(claimId);
                ReviewDecision review = snapshot.reviewOf(claimId);
                if (claim == null || review.state() == ReviewState.REJECTED) {
                    continue;
                }
                documents.add(claim.document());
                String value = review.state() == ReviewState.EDITED && review.editedValue() != null
                        ? review.editedValue() : claim.valueText();
                values.add(claim.document() + ": " + value);
            }
            Disagreement disagreement = f.disagreement() == null ? Disagreement.NONE : f.disagreement();
            out.printRecord(cell(f.id()), f.status().name(), f.kind().csvName(), cell(f.label()),
                    cell(String.join(LIST_SEPARATOR, documents)), Integer.toString(f.independentSources()),
                    cell(String.join(LIST_SEPARATOR, values)), disagreement.csvName());
        }
    }
}
