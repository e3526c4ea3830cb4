package org.crosscheck.align;

import org.crosscheck.claims.WordNetLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.project.DocumentInfo;

/**
 * Groups claims from different documents that state the same thing into facts, then judges each
 * fact. Pairs are only compared inside blocks (same kind and a shared unit concept, predicate
 * concept or statement word), so the work grows with the size of the blocks, not with the square
 * of the corpus. Groups grow greedily from the best-supported pair down, at most one claim per
 * document per fact, and only when every pair across the two groups passes {@link ClaimSimilarity}
 * (complete link), so a chain of weak resemblances cannot join two different things.
 * The researcher's corrections are applied last and always win.
 */
public final class Aligner {

    /** Blocks larger than this are too generic to say anything (a concept shared by everything). */
    private static final int MAX_BLOCK = 5_000;

    private final WordNetLexicon lexicon;
    private final ClaimSimilarity similarity;
    private final FactComparer comparer;

    public Aligner() {
        this(WordNetLexicon.shared());
    }

    public Aligner(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
        this.similarity = new ClaimSimilarity(lexicon);
        this.comparer = new FactComparer(lexicon);
    }

    /**
     * One fact per group of claims about the same thing (a claim no other document repeats is a
     * SINGLE fact of its own).
     *
     * @param factOverrides the researcher's corrections: claim id -> {@code claim:<otherClaimId>}
     *                      (move into that claim's fact) or {@code new:<id>} (a fact of its own)
     */
    public List<Fact> align(List<Claim> claims, List<DocumentInfo> documents, Map<String, String> factOverrides) {
        Map<String, DocumentInfo> docs = new HashMap<>();
        for (DocumentInfo d : documents) {
            docs.put(d.name(), d);
        }
        List<List<Claim>> groups = group(claims);
        groups = FactOverrides.apply(groups, claims, factOverrides == null ? Map.of() : factOverrides);
        List<Fact> facts = new ArrayList<>();
        for (List<Claim> group : groups) {
            facts.add(comparer.toFact(group, docs));
        }
        return facts;
    }

    /** The machine grouping, in the order of the claims' first appearance. */
    List<List<Claim>> group(List<Claim> claims) {
        try {
            return groupWithCachedWords(claims);
        } finally {
            similarity.forgetWords();
        }
    }

    private List<List<Claim>> groupWithCachedWords(List<Claim> claims) {
        int n = claims.size();
        long[] pairs = candidatePairs(claims);
        // The pairs' evidence is independent, so it is computed on every core, then cached.
        ClaimSimilarity.Evidence[] evidence = IntStream.range(0, pairs.length).parallel()
                .mapToObj(k -> similarity.compare(claims.get((int) (pairs[k] >>> 32)), claims.get((int) pairs[k])))
                .toArray(ClaimSimilarity.Evidence[]::new);
        boolean[] agrees = new boolean[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> agrees[k] =
                agree(claims.get((int) (pairs[k] >>> 32)), claims.get((int) pairs[k])));
        PairEvidence cache = new PairEvidence(claims, pairs, evidence, agrees);
        List<Edge> edges = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            int i = (int) (pairs[k] >>> 32);
            int j = (int) pairs[k];
            ClaimSimilarity.Evidence e = evidence[k];
            boolean agree = agrees[k];
            if (ClaimSimilarity.canGroup(e, agree) || (agree && ClaimSimilarity.canGroupOpposite(e))) {
                edges.add(new Edge(i, j, e.score()));
            }
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed()
                .thenComparingInt(Edge::a).thenComparingInt(Edge::b));

        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Edge edge : edges) {
            int ra = find(parent, edge.a());
            int rb = find(parent, edge.b());
            if (ra == rb || !canMerge(claims, members.get(ra), members.get(rb), cache)) {
                continue;
            }
            parent[rb] = ra;
            members.get(ra).addAll(members.get(rb));
            members.get(rb).clear();
        }
        Map<Integer, List<Claim>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(claims.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    /** Whether the two claims' values can both be true and are of one magnitude. */
    private static boolean agree(Claim a, Claim b) {
        return ValueCompatibility.compatible(a, b) && ValueCompatibility.sameMagnitude(a, b);
    }

    /** Complete link: no shared document, and every pair across the groups may stand in one fact. */
    private boolean canMerge(List<Claim> claims, List<Integer> a, List<Integer> b, PairEvidence cache) {
        Set<String> docs = new HashSet<>();
        for (int i : a) {
            docs.add(claims.get(i).document());
        }
        for (int j : b) {
            if (docs.contains(claims.get(j).document())) {
                return false;
            }
        }
        for (int i : a) {
            for (int j : b) {
                int low = Math.min(i, j);
                int high = Math.max(i, j);
                ClaimSimilarity.Evidence e = cache.of(low, high);
                boolean agree = cache.agree(low, high);
                if (!ClaimSimilarity.canGroup(e, agree) && !(agree && ClaimSimilarity.canGroupOpposite(e))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The evidence of every pair compared: the candidate pairs' in sorted arrays (a boxed map of
     * millions of pairs would cost gigabytes), the few other pairs a merge asks about in a map.
     */
    private final class PairEvidence {
        private final List<Claim> claims;
        private final long[] pairs;
        private final ClaimSimilarity.Evidence[] evidence;
        private final boolean[] agrees;
        private final Map<Long, ClaimSimilarity.Evidence> others = new HashMap<>();

        PairEvidence(List<Claim> claims, long[] pairs, ClaimSimilarity.Evidence[] evidence, boolean[] agrees) {
            this.claims = claims;
            this.pairs = pairs;
            this.evidence = evidence;
            this.agrees = agrees;
        }

        boolean agree(int i, int j) {
            int k = Arrays.binarySearch(pairs, ((long) i << 32) | j);
            return k >= 0 ? agrees[k] : Aligner.agree(claims.get(i), claims.get(j));
        }

        ClaimSimilarity.Evidence of(int i, int j) {
            long pair = ((long) i << 32) | j;
            int k = Arrays.binarySearch(pairs, pair);
            if (k >= 0) {
                return evidence[k];
            }
            return others.computeIfAbsent(pair, p -> similarity.compare(claims.get(i), claims.get(j)));
        }
    }

    /** Pairs (i < j, packed in a long) of claims from different documents that share a block. */
    private long[] candidatePairs(List<Claim> claims) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String key : blockKeys(claims.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        long[] pairs = new long[1024];
        int count = 0;
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (!claims.get(i).document().equals(claims.get(j).document())) {
                        if (count == pairs.length) {
                            pairs = Arrays.copyOf(pairs, pairs.length * 2);
                        }
                        pairs[count++] = ((long) Math.min(i, j) << 32) | Math.max(i, j);
                    }
                }
            }
        }
        // Sorted and without repeats (two claims may share several blocks).
        long[] sorted = Arrays.copyOf(pairs, count);
        Arrays.parallelSort(sorted);
        int unique = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[unique++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /** The blocks a claim belongs to: its kind with each concept of its unit, its predicate or its statement. */
    private Set<String> blockKeys(Claim c) {
        Set<String> keys = new HashSet<>();
        String kind = c.kind().name() + "|";
        boolean hasUnit = c.unit() != null && !c.unit().isBlank();
        if (c.kind() == ClaimKind.STATEMENT) {
            for (String w : ContentWords.of(ClaimSimilarity.statementText(c))) {
                if (w.length() >= 4) {
                    keys.add(kind + "w:" + w);
                }
            }
            return keys;
        }
        if (hasUnit && (c.kind() == ClaimKind.COUNT || c.kind() == ClaimKind.QUANTITY)) {
            for (String k : lexicon.nounKeys(c.unit())) {
                keys.add(kind + "u:" + k);
            }
            if (lexicon.namesPeople(c.unit())) {
                keys.add(kind + "u:*people");
            }
            keys.add(kind + "u:" + c.unit().toLowerCase(java.util.Locale.ROOT));
        } else if (c.predicate() != null && !c.predicate().isBlank()) {
            for (String k : lexicon.verbKeys(c.predicate())) {
                keys.add(kind + "p:" + k);
            }
            for (String w : ContentWords.of(c.subject())) {
                keys.add(kind + "s:" + w);
            }
        } else {
            keys.add(kind + "*");
        }
        return keys;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Edge(int a, int b, double score) {
    }
}
