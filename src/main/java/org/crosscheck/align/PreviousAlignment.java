package org.crosscheck.align;

import org.crosscheck.project.Fact;
import java.util.List;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;

/**
 * An alignment already made, for {@link Aligner#realign}: the claims (as aligned, review decisions
 * applied) and documents it was made from, the facts it gave, and the documents changed since
 * (analysed again, dated or renamed by their outlet) whose stored description may already be the new one.
 */
public record PreviousAlignment(List<Claim> claims, List<DocumentInfo> documents, List<Fact> facts,
                                java.util.Set<String> changedDocuments) {
    public PreviousAlignment {
        claims = List.copyOf(claims);
        documents = List.copyOf(documents);
        facts = List.copyOf(facts);
        changedDocuments = java.util.Set.copyOf(changedDocuments);
    }
}
