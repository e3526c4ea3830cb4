package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;

/**
 * The researcher's grouping corrections, applied over the machine grouping. Each override moves one
 * claim: {@code claim:<otherClaimId>} puts it in the fact that holds the other claim (after that
 * claim's own override), {@code new:<id>} gives it a fact of its own. The rest of the claim's
 * former group stays together. Overrides naming unknown claims are ignored, so a correction made
 * before a re-analysis does not break it; cycles of moves leave the claims where they were.
 */
final class FactOverrides {

    static final String CLAIM_PREFIX = "claim:";
    static final String NEW_PREFIX = "new:";

    private FactOverrides() {
    }

    static List<List<Claim>> apply(List<List<Claim>> groups, List<Claim> claims, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return groups;
        }
        Map<String, String> groupOf = new HashMap<>();
        Map<String, Claim> byId = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Claim c : groups.get(g)) {
                groupOf.put(c.id(), "m" + g);
                byId.put(c.id(), c);
            }
        }
        Map<String, String> resolved = new HashMap<>();
        for (String claimId : overrides.keySet()) {
            if (byId.containsKey(claimId)) {
                resolve(claimId, overrides, groupOf, resolved, new HashSet<>());
            }
        }
        Map<String, List<Claim>> regrouped = new LinkedHashMap<>();
        for (Claim c : claims) {
            String group = resolved.getOrDefault(c.id(), groupOf.get(c.id()));
            if (group != null) {
                regrouped.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
            }
        }
        return new ArrayList<>(regrouped.values());
    }

    private static String resolve(String claimId, Map<String, String> overrides, Map<String, String> groupOf,
                                  Map<String, String> resolved, Set<String> visiting) {
        if (resolved.containsKey(claimId)) {
            return resolved.get(claimId);
        }
        String machine = groupOf.get(claimId);
        String override = overrides.get(claimId);
        if (override == null || !visiting.add(claimId)) {
            return machine;
        }
        String group = machine;
        if (override.startsWith(NEW_PREFIX)) {
            group = override;
        } else if (override.startsWith(CLAIM_PREFIX)) {
            String target = override.substring(CLAIM_PREFIX.length());
            if (groupOf.containsKey(target) && !target.equals(claimId)) {
                group = resolve(target, overrides, groupOf, resolved, visiting);
            }
        }
        visiting.remove(claimId);
        resolved.put(claimId, group);
        return group;
    }
}
