package org.crosscheck.project;

import java.util.List;
import java.util.Map;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.Entity;

/**
 * Everything a project holds, read in one go: what the export writes and the workbench shows.
 * Facts already reflect the researcher's merges, splits and moves.
 */
public record ProjectSnapshot(List<DocumentInfo> documents, List<MentionRecord> mentions,
                              List<Entity> entities, List<Claim> claims, List<Fact> facts,
                              Map<String, ReviewDecision> reviews) {
    public ProjectSnapshot {
        documents = List.copyOf(documents);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
        reviews = Map.copyOf(reviews);
    }

    public ReviewDecision reviewOf(String claimId) {
        return reviews.getOrDefault(claimId, ReviewDecision.auto(claimId));
    }
}
