package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-fact part of score.py: each labelled fact's verdict, the pairs of its documents that
 * the export puts in one fact, and which labelled facts each exported fact spans (for the
 * DISAGREE rows).
 */
final class FactScorer {

    /**
     * @param spans exported fact id, then labelled fact id, then the documents whose member
     *              matched a claim of that exported fact
     */
    record Result(List<FactVerdict> verdicts, Tally pairs, Map<String, Map<String, Set<String>>> spans) {
    }

    private FactScorer() {
    }

    static Result score(List<GoldFact> facts, ClaimIndex claims) {
        List<FactVerdict> verdicts = new ArrayList<>();
        Tally pairs = Tally.NONE;
        Map<String, Map<String, Set<String>>> spans = new HashMap<>();
        for (GoldFact fact : facts) {
            List<Set<String>> sets = new ArrayList<>();
            for (GoldMember member : fact.members()) {
                Set<String> ids = MemberMatcher.factIds(member, claims.claimsOf(member.document()));
                for (String id : ids) {
                    spans.computeIfAbsent(id, i -> new HashMap<>())
                            .computeIfAbsent(fact.id(), g -> new HashSet<>()).add(member.document());
                }
                sets.add(ids);
            }
            pairs = pairs.plus(pairsInOneFact(sets));
            verdicts.add(verdict(fact, sets, claims));
        }
        return new Result(verdicts, pairs, spans);
    }

    /** Of every two members, how many have a fact id in common. */
    private static Tally pairsInOneFact(List<Set<String>> sets) {
        Tally pairs = Tally.NONE;
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                pairs = pairs.add(sets.get(i).stream().anyMatch(sets.get(j)::contains));
            }
        }
        return pairs;
    }

    private static FactVerdict verdict(GoldFact fact, List<Set<String>> sets, ClaimIndex claims) {
        Set<String> common = sets.isEmpty() ? new HashSet<>() : new HashSet<>(sets.get(0));
        sets.forEach(common::retainAll);
        if (common.isEmpty()) {
            List<String> hit = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (!sets.get(i).isEmpty()) {
                    hit.add(fact.members().get(i).document());
                }
            }
            return new FactVerdict(fact, Verdict.MISSING, List.of(), hit);
        }
        Set<String> got = new TreeSet<>();
        common.forEach(id -> got.add(claims.status(id)));
        Verdict verdict = got.contains(fact.expect()) ? Verdict.RIGHT : Verdict.WRONG;
        return new FactVerdict(fact, verdict, List.copyOf(got), List.of());
    }
}
