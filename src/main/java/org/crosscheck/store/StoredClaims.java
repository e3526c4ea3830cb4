package org.crosscheck.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.Claim;

/**
 * The claims a project holds, by document, with the key each document's claims were extracted
 * from: a rebuild reuses a document's claims when its key is unchanged.
 *
 * @param claims  every stored claim, in stored order
 * @param sources document name to the key its claims were extracted from
 */
public record StoredClaims(List<Claim> claims, Map<String, String> sources) {
    public StoredClaims {
        claims = List.copyOf(claims);
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
}
