package org.crosscheck.align;

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
 */
final class LocalRealignment {

    private final Aligner aligner;
    private final FactComparer comparer;
    private final List<Claim> claims;
    private final List<DocumentInfo> documents;
    private final Map<String, String> overrides;
    private final PreviousAlignment previous;
    private final StoryPlaces places;
    /** Block keys by claim: most claims are the same before and after, and their keys with them. */
    private final Map<Claim, Set<String>> blockKeys = new HashMap<>();

    LocalRealignment(Aligner aligner, FactComparer comparer, List<Claim> claims, List<DocumentInfo> documents,
                     Map<String, String> overrides, PreviousAlignment previous, StoryPlaces places) {
        this.aligner = aligner;
        this.comparer = comparer;
        this.claims = claims;
        this.documents = documents;
        this.overrides = overrides;
        this.previous = previous;
        this.places = places;
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
        // the pairs before and after the change are independent walks: one on each core
        List<Set<String>> keys = aligner.blockKeys(claims, blockKeys);
        List<Set<String>> keysBefore = aligner.blockKeys(previous.claims(), blockKeys);
        CompletableFuture<long[]> pairsBefore = CompletableFuture.supplyAsync(
                () -> aligner.candidatePairs(previous.claims(), keysBefore, places));
        long[] pairs = aligner.candidatePairs(claims, keys, places);
        boolean[] affected = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        for (String id : seeds(indexOf, pairs, pairsBefore.join())) {
            affect(id, indexOf, factOf, affected, queue);
        }
        // a previous fact that lost a claim (its document gone) is judged again
        for (Fact f : previous.facts()) {
            if (!f.claimIds().stream().allMatch(indexOf::containsKey)) {
                f.claimIds().forEach(id -> affect(id, indexOf, factOf, affected, queue));
            }
        }
        ClaimSimilarity similarity = aligner.similarity(docs);
        int[][] partners = partners(pairs, n);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j : partners[i]) {
                if (!affected[j] && Aligner.groupable(similarity, claims.get(i), claims.get(j))) {
                    affect(claims.get(j).id(), indexOf, factOf, affected, queue);
                }
            }
        }
        List<List<Claim>> groups = new ArrayList<>(regroup(affected, pairs, similarity));
        Map<Set<String>, Fact> kept = new HashMap<>();
        Set<Fact> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (affected[i]) {
                continue;
            }
            Fact f = factOf.get(claims.get(i).id());
            if (f == null) {
                return aligner.align(claims, documents, overrides, places); // a claim no fact holds: the previous output is not whole
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
        List<Fact> facts = new ArrayList<>();
        for (List<Claim> group : FactOverrides.apply(groups, claims, overrides)) {
            Set<String> ids = new HashSet<>();
            group.forEach(c -> ids.add(c.id()));
            Fact same = kept.get(ids);
            facts.add(same != null ? same : comparer.toFact(group, docs));
        }
        return facts;
    }

    /** Claim ids the change touches directly (see the class comment); ids of removed claims included. */
    private Set<String> seeds(Map<String, Integer> indexOf, long[] pairs, long[] pairsBefore) {
        Set<String> seeds = new HashSet<>();
        Map<String, Claim> before = new HashMap<>();
        previous.claims().forEach(c -> before.put(c.id(), c));
        Map<String, DocumentInfo> documentsBefore = new HashMap<>();
        previous.documents().forEach(d -> documentsBefore.put(d.name(), d));
        for (Claim c : claims) {
            if (!c.equals(before.get(c.id())) || previous.changedDocuments().contains(c.document())) {
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
        // pairs that appeared or disappeared among claims that are still there
        int n = claims.size();
        int m = previous.claims().size();
        long[] mapped = new long[pairsBefore.length];
        int count = 0;
        for (long p : pairsBefore) {
            Integer a = indexOf.get(previous.claims().get(Aligner.first(p, m)).id());
            Integer b = indexOf.get(previous.claims().get(Aligner.second(p, m)).id());
            if (a != null && b != null) {
                mapped[count++] = Aligner.pairKey(Math.min(a, b), Math.max(a, b), n);
            }
        }
        mapped = Arrays.copyOf(mapped, count);
        Arrays.sort(mapped);
        // a pair with a new or changed claim needs no seeding: that claim is a seed already
        Set<String> changed = new HashSet<>(seeds);
        for (long p : pairs) {
            if (Arrays.binarySearch(mapped, p) < 0) {
                seedBoth(p, n, changed, seeds);
            }
        }
        for (long p : mapped) {
            if (Arrays.binarySearch(pairs, p) < 0) {
                seedBoth(p, n, changed, seeds);
            }
        }
        return seeds;
    }

    private void seedBoth(long pair, int n, Set<String> changed, Set<String> seeds) {
        String a = claims.get(Aligner.first(pair, n)).id();
        String b = claims.get(Aligner.second(pair, n)).id();
        if (!changed.contains(a) && !changed.contains(b)) {
            seeds.add(a);
            seeds.add(b);
        }
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
    private List<List<Claim>> regroup(boolean[] affected, long[] pairs, ClaimSimilarity similarity) {
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
        long[] subPairs = new long[pairs.length];
        int count = 0;
        for (long p : pairs) {
            int a = subIndex[Aligner.first(p, n)];
            int b = subIndex[Aligner.second(p, n)];
            if (a >= 0 && b >= 0) {
                subPairs[count++] = Aligner.pairKey(a, b, m); // order kept: the mapping keeps claims' order
            }
        }
        return aligner.group(subset, similarity, Arrays.copyOf(subPairs, count));
    }

    /** Each claim's candidate partners, both ways. */
    private static int[][] partners(long[] pairs, int n) {
        int[] degree = new int[n];
        for (long p : pairs) {
            degree[Aligner.first(p, n)]++;
            degree[Aligner.second(p, n)]++;
        }
        int[][] result = new int[n][];
        for (int i = 0; i < n; i++) {
            result[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (long p : pairs) {
            int a = Aligner.first(p, n);
            int b = Aligner.second(p, n);
            result[a][filled[a]++] = b;
            result[b][filled[b]++] = a;
        }
        return result;
    }
}
