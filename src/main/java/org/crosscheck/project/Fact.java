package org.crosscheck.project;

import java.util.List;
import org.crosscheck.claims.ClaimKind;

/**
 * A group of claims from different documents about the same thing, with the comparison's verdict.
 *
 * @param independentSources the number of independent outlets among the documents (copies count once)
 */
public record Fact(String id, ClaimKind kind, String label, List<String> claimIds, FactStatus status,
                   Disagreement disagreement, int independentSources) {
    public Fact {
        claimIds = List.copyOf(claimIds);
    }
}
