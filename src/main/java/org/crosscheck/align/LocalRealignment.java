package org.crosscheck.align;

import org.crosscheck.project.Fact;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;

/**
 * Realigns after a change, touching only what the change can reach. The greedy grouping never
 * joins claims that no chain of groupable candidate pairs connects, so its result on the whole
 * is its result on each such connected part. A part none of whose claims changed, whose
 * candidate pairs are unchanged and that no changed claim pairs with is grouped as before:
 * its previous facts stand. The affected claims are: new and changed claims; claims of changed
 * documents; both claims of every candidate pair that appeared or disappeared (a document's
 * neighbourhood or a block's size changed); every claim of a previous fact holding one of these;
 * and, repeatedly, the facts of claims they may be grouped with. Those are grouped again and
 * judged; the researcher's overrides are applied over everything, as in {@link Aligner#align}.
 * Nothing walks every candidate pair: the index of blocks after the change (and, through
 * {@link PairsBefore}, as it was before) gives the partners of just the claims whose pairs can
 * have changed, and of the affected claims.
 */
final class LocalRealignment {

    private final Aligner aligner;
    private final FactComparer comparer;
    private final List<Claim> claims;
    private final List<DocumentInfo> documents;
    private final Map<String, String> overrides;
    private final PreviousAlignment previous;
    private final StoryNames stories;
    /** Block keys by claim: most claims are the same before and after, and their keys with them. */
    private final Map<Claim, Set<String>> blockKeys = new HashMap<>();

    LocalRealignment(Aligner aligner, FactComparer comparer, List<Claim> claims, List<DocumentInfo> documents,
                     Map<String, String> overrides, PreviousAlignment previous, StoryNames stories) {
        this.aligner = aligner;
        this.comparer = comparer;
        this.claims = claims;
        this.documents = documents;
        this.overrides = overrides;
        this.previous = previous;
        this.stories = stories;
    }

    List<Fact> facts() {
        int n = claims.size();
        Map<String, DocumentInfo> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.name(), d));
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(claims.get(i).id(), i);
        }
        Map<String, Fact> factOf = new HashMap<>();
        for (Fact f : previous.facts()) {
            f.claimIds().forEach(id -> factOf.put(id, f));
        }
        // the old neighbourhoods and the new index are independent: one on each core; they read
        // the same sentences, whose words are made once
        Map<String, Set<String>> sentenceWords = new ConcurrentHashMap<>();
        CompletableFuture<DocumentNeighbours> neighboursBefore = CompletableFuture.supplyAsync(
                () -> DocumentNeighbours.of(previous.claims(), sentenceWords));
        CandidatePairs after = aligner.index(claims, aligner.blockKeys(claims, blockKeys),
                DocumentNeighbours.of(claims, sentenceWords));
        int[][] partners = new int[n][];
        boolean[] affected = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        for (String id : seeds(indexOf, after, neighboursBefore.join(), partners)) {
            affect(id, indexOf, factOf, affected, queue);
        }
        // a previous fact that lost a claim (its document gone) is judged again
        for (Fact f : previous.facts()) {
            if (!f.claimIds().stream().allMatch(indexOf::containsKey)) {
                f.claimIds().forEach(id -> affect(id, indexOf, factOf, affected, queue));
            }
        }
        ClaimSimilarity similarity = aligner.similarity(docs);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j : partners(after, i, partners)) {
                if (!affected[j] && Aligner.groupable(similarity, claims.get(i), claims.get(j))) {
                    affect(claims.get(j).id(), indexOf, factOf, affected, queue);
                }
            }
        }
        List<List<Claim>> groups = new ArrayList<>(regroup(affected, after, partners, similarity));
        Map<Set<String>, Fact> kept = new HashMap<>();
        Set<Fact> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (affected[i]) {
                continue;
            }
            Fact f = factOf.get(claims.get(i).id());
            if (f == null) {
                return aligner.align(claims, documents, overrides, stories); // a claim no fact holds: the previous output is not whole
            }
            if (seen.add(f)) {
                List<Claim> group = new ArrayList<>();
                f.claimIds().forEach(id -> group.add(claims.get(indexOf.get(id))));
                group.sort(Comparator.comparingInt(c -> indexOf.get(c.id())));
                groups.add(group);
                kept.put(new HashSet<>(f.claimIds()), f);
            }
        }
        // the order align gives: by each group's first claim
        groups.sort(Comparator.comparingInt(g -> indexOf.get(g.get(0).id())));
        // a document's revising is read from its own claims: a fact of unchanged claims keeps its kind
        Set<String> revising = FactComparer.revisingDocuments(claims);
        List<Fact> facts = new ArrayList<>();
        for (List<Claim> group : FactOverrides.apply(groups, claims, overrides)) {
            Set<String> ids = new HashSet<>();
            group.forEach(c -> ids.add(c.id()));
            Fact same = kept.get(ids);
            facts.add(same != null ? same : comparer.toFact(group, docs, revising));
        }
        return facts;
    }

    /** Claim ids the change touches directly (see the class comment); ids of removed claims included. */
    private Set<String> seeds(Map<String, Integer> indexOf, CandidatePairs after, DocumentNeighbours neighboursBefore,
                              int[][] partnersAfter) {
        Set<String> seeds = new HashSet<>();
        Map<String, Claim> claimsBefore = new HashMap<>();
        previous.claims().forEach(c -> claimsBefore.put(c.id(), c));
        Map<String, DocumentInfo> documentsBefore = new HashMap<>();
        previous.documents().forEach(d -> documentsBefore.put(d.name(), d));
        for (Claim c : claims) {
            if (!c.equals(claimsBefore.get(c.id())) || previous.changedDocuments().contains(c.document())) {
                seeds.add(c.id());
            }
        }
        for (DocumentInfo d : documents) {
            if (!Objects.equals(d, documentsBefore.get(d.name()))) {
                claims.stream().filter(c -> c.document().equals(d.name())).forEach(c -> seeds.add(c.id()));
            }
        }
        for (Claim c : previous.claims()) {
            if (!indexOf.containsKey(c.id())) {
                seeds.add(c.id());
            }
        }
        // pairs that appeared or disappeared among claims that are still there: only the claims of a
        // document whose neighbours changed, or of a block that came into or out of use, can have one
        Set<String> changed = new HashSet<>(seeds);
        boolean[] changedAfter = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            changedAfter[i] = changed.contains(claims.get(i).id());
        }
        List<Claim> gone = previous.claims().stream().filter(c -> changed.contains(c.id())).toList();
        PairsBefore before = new PairsBefore(after, changedAfter, aligner.blockKeys(gone, blockKeys), neighboursBefore);
        Set<Integer> reblocked = reblocked(after, before, gone, changedAfter);
        for (int i : reblocked) {
            int[] now = partners(after, i, partnersAfter);
            Set<Integer> then = new HashSet<>();
            for (int j : before.partners(i)) {
                if (stories.mayShareStory(claims.get(i).document(), claims.get(j).document())) {
                    then.add(j);
                }
            }
            for (int j : now) {
                if (!changedAfter[j] && !then.remove(j)) {
                    seedBoth(i, j, seeds);
                }
            }
            then.forEach(j -> seedBoth(i, j, seeds));
        }
        // the other claims of a document whose neighbours changed pair as before with every document but
        // those that became or stopped being its neighbours: with those, each pair is new or gone
        Map<String, Set<String>> moved = movedNeighbours(after, neighboursBefore);
        Map<String, List<Integer>> claimsOf = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!changedAfter[i]) {
                claimsOf.computeIfAbsent(claims.get(i).document(), d -> new ArrayList<>()).add(i);
            }
        }
        moved.forEach((document, changedNear) -> {
            Set<String> nearBefore = neighboursBefore.of(document);
            for (int i : claimsOf.getOrDefault(document, List.of())) {
                if (reblocked.contains(i)) {
                    continue;
                }
                for (String other : changedNear) {
                    if (!stories.mayShareStory(document, other)) {
                        continue;
                    }
                    Predicate<String> usable = nearBefore.contains(other) ? before::usable : after::usable;
                    for (int j : claimsOf.getOrDefault(other, List.of())) {
                        if (shareBlock(after.keys(i), after.keys(j), usable)) {
                            seedBoth(i, j, seeds);
                        }
                    }
                }
            }
        });
        return seeds;
    }

    private static boolean shareBlock(Set<String> keys, Set<String> otherKeys, Predicate<String> usable) {
        for (String key : keys) {
            if (otherKeys.contains(key) && usable.test(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per document present before and after whose neighbours changed, the documents (present
     * before and after) that became or stopped being its neighbours. A document that came or went
     * pairs only with claims that are seeds already.
     */
    private Map<String, Set<String>> movedNeighbours(CandidatePairs after, DocumentNeighbours neighboursBefore) {
        Set<String> stayed = new HashSet<>();
        previous.claims().forEach(c -> stayed.add(c.document()));
        stayed.retainAll(claims.stream().map(Claim::document).collect(Collectors.toSet()));
        Map<String, Set<String>> moved = new HashMap<>();
        for (String d : stayed) {
            Set<String> near = after.neighbours().of(d);
            Set<String> nearBefore = neighboursBefore.of(d);
            near.retainAll(stayed);
            nearBefore.retainAll(stayed);
            if (!near.equals(nearBefore)) {
                Set<String> changed = new HashSet<>(near);
                changed.addAll(nearBefore);
                near.retainAll(nearBefore);
                changed.removeAll(near);
                moved.put(d, changed);
            }
        }
        return moved;
    }

    /** The unchanged members of blocks a changed claim brought into or out of use: all their pairs may differ. */
    private Set<Integer> reblocked(CandidatePairs after, PairsBefore before, List<Claim> gone, boolean[] changedAfter) {
        Set<Integer> reblocked = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            if (changedAfter[i]) {
                keys.addAll(after.keys(i));
            }
        }
        gone.forEach(c -> keys.addAll(blockKeys.get(c)));
        for (String key : keys) {
            if (after.usable(key) != before.usable(key)) {
                after.forEachMember(key, reblocked::add);
            }
        }
        reblocked.removeIf(i -> changedAfter[i]);
        return reblocked;
    }

    /** Claim {@code i}'s candidate partners in documents that may share its story, kept in {@code cache}. */
    private int[] partners(CandidatePairs after, int i, int[][] cache) {
        if (cache[i] == null) {
            String document = claims.get(i).document();
            cache[i] = Arrays.stream(after.partners(i))
                    .filter(j -> stories.mayShareStory(document, claims.get(j).document())).toArray();
        }
        return cache[i];
    }

    private void seedBoth(int i, int j, Set<String> seeds) {
        seeds.add(claims.get(i).id());
        seeds.add(claims.get(j).id());
    }

    /** Marks a claim and every other claim of its previous fact as affected. */
    private static void affect(String id, Map<String, Integer> indexOf, Map<String, Fact> factOf, boolean[] affected,
                               Deque<Integer> queue) {
        Fact f = factOf.get(id);
        for (String member : f == null ? List.of(id) : f.claimIds()) {
            Integer i = indexOf.get(member);
            if (i != null && !affected[i]) {
                affected[i] = true;
                queue.add(i);
            }
        }
    }

    /** The affected claims grouped over their candidate pairs, as align would group them. */
    private List<List<Claim>> regroup(boolean[] affected, CandidatePairs after, int[][] partners,
                                      ClaimSimilarity similarity) {
        int n = claims.size();
        int[] subIndex = new int[n];
        List<Claim> subset = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            subIndex[i] = affected[i] ? subset.size() : -1;
            if (affected[i]) {
                subset.add(claims.get(i));
            }
        }
        int m = subset.size();
        long[] subPairs = new long[16];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!affected[i]) {
                continue;
            }
            for (int j : partners(after, i, partners)) {
                if (j > i && affected[j]) {
                    if (count == subPairs.length) {
                        subPairs = Arrays.copyOf(subPairs, count * 2);
                    }
                    subPairs[count++] = Aligner.pairKey(subIndex[i], subIndex[j], m); // the mapping keeps claims' order
                }
            }
        }
        long[] sorted = Arrays.copyOf(subPairs, count);
        Arrays.sort(sorted);
        return aligner.group(subset, similarity, sorted);
    }
}
