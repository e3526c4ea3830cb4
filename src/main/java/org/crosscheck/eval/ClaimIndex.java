package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exported claims arranged as score.py arranges them: by document number, and per exported
 * fact id its status (the last claim's, upper case) and the documents it spans.
 */
final class ClaimIndex {

    private final Map<String, List<StoryExport.Claim>> byDocument = new HashMap<>();
    /** Sorted by fact id: the DISAGREE rows are visited in score.py's order. */
    private final Map<String, String> statusOf = new TreeMap<>();
    private final Map<String, Set<String>> documentsOf = new HashMap<>();

    ClaimIndex(List<StoryExport.Claim> claims) {
        for (StoryExport.Claim c : claims) {
            String doc = ScoreText.documentKey(c.document());
            byDocument.computeIfAbsent(doc, d -> new ArrayList<>()).add(c);
            if (MemberMatcher.hasFact(c)) {
                String status = c.factStatus() == null ? "" : c.factStatus();
                statusOf.put(c.factId(), ScoreText.strip(status).toUpperCase(Locale.ROOT));
                documentsOf.computeIfAbsent(c.factId(), f -> new LinkedHashSet<>()).add(doc);
            }
        }
    }

    List<StoryExport.Claim> claimsOf(String document) {
        return byDocument.getOrDefault(document, List.of());
    }

    String status(String factId) {
        return statusOf.getOrDefault(factId, "");
    }

    /** Every exported fact id with its status, in fact id order. */
    Map<String, String> statuses() {
        return statusOf;
    }

    Set<String> documentsOf(String factId) {
        return documentsOf.getOrDefault(factId, Set.of());
    }
}
