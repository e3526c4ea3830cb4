package org.crosscheck.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.MentionRecord;

/**
 * What a project holds of each document's claim extraction: its claims and mentions, with the key
 * they were made from. A rebuild reuses a document's claims and mention values while its key is
 * unchanged.
 *
 * @param claims   every stored claim, in stored order
 * @param mentions every stored mention, in stored order
 * @param sources  document name to the key its claims and mentions were made from
 */
public record StoredClaims(List<Claim> claims, List<MentionRecord> mentions, Map<String, String> sources) {
    public StoredClaims {
        claims = List.copyOf(claims);
        mentions = List.copyOf(mentions);
        sources = Map.copyOf(sources);
    }

    /** The claims of each document, in stored order (documents without claims are absent). */
    public Map<String, List<Claim>> byDocument() {
        Map<String, List<Claim>> result = new LinkedHashMap<>();
        for (Claim c : claims) {
            result.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
        }
        return result;
    }

    /** The mentions of each document, in stored order (documents without mentions are absent). */
    public Map<String, List<MentionRecord>> mentionsByDocument() {
        Map<String, List<MentionRecord>> result = new LinkedHashMap<>();
        for (MentionRecord m : mentions) {
            result.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        }
        return result;
    }
}
