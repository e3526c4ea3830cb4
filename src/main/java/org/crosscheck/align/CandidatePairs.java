package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.crosscheck.claims.Claim;

/**
 * The pairs of claims worth comparing: from different documents that are {@link DocumentNeighbours},
 * sharing a block whose size is within its limit. Built once as an index of the blocks; it gives
 * every pair ({@link #all}) or one claim's partners ({@link #partners}), which is what a local
 * realignment needs. Each pair is one number {@code i * n + j} ({@code i < j}), in a sorted array.
 * The walk costs, per claim and block, the smaller of the block and the claims of the document's
 * neighbours, so a block of thousands of claims is never walked pair by pair just to drop the
 * pairs whose documents are strangers.
 */
final class CandidatePairs {

    /** Blocks up to this size are walked member by member; larger ones through their members' documents. */
    private static final int WALK = 64;
    private static final int[] NONE = new int[0];

    private final int n;
    private final List<Set<String>> keysOf;
    private final ToIntFunction<String> limitOf;
    private final DocumentNeighbours neighbours;
    /**
     * The blocks in one flat array: key ids by claim, and the members of block {@code k} at
     * {@code members[start[k]]} to {@code members[start[k + 1]]}, in order. A map of lists would
     * box a million entries on a large corpus, and is rebuilt on every change.
     */
    private final Map<String, Integer> keyIds;
    private final int[][] keyIdsOf;
    private final int[] start;
    private final int[] members;
    private final int[] limits;
    /** A large block's members by document, so a claim visits only its neighbours' members (null if walked whole). */
    private final Map<Integer, int[]>[] byDocument;
    private final int[] docOf;
    private final List<Claim> claims;

    /**
     * @param keysOf  each claim's block keys
     * @param limitOf the largest size a block under a key may have and still be used
     */
    @SuppressWarnings("unchecked")
    CandidatePairs(List<Claim> claims, List<Set<String>> keysOf, ToIntFunction<String> limitOf,
                   DocumentNeighbours neighbours) {
        this.n = claims.size();
        this.claims = claims;
        this.keysOf = keysOf;
        this.limitOf = limitOf;
        this.neighbours = neighbours;
        keyIds = new HashMap<>();
        keyIdsOf = new int[n][];
        int[] sizes = new int[1024];
        int total = 0;
        for (int i = 0; i < n; i++) {
            int[] ids = new int[keysOf.get(i).size()];
            int k = 0;
            for (String key : keysOf.get(i)) {
                int id = keyIds.computeIfAbsent(key, x -> keyIds.size()); // ids in order of first use
                if (id == sizes.length) {
                    sizes = Arrays.copyOf(sizes, id * 2);
                }
                sizes[id]++;
                ids[k++] = id;
            }
            keyIdsOf[i] = ids;
            total += ids.length;
        }
        int blocks = keyIds.size();
        start = new int[blocks + 1];
        for (int k = 0; k < blocks; k++) {
            start[k + 1] = start[k] + sizes[k];
        }
        members = new int[total];
        int[] filled = Arrays.copyOf(start, blocks);
        for (int i = 0; i < n; i++) {
            for (int id : keyIdsOf[i]) {
                members[filled[id]++] = i;
            }
        }
        limits = new int[blocks];
        keyIds.forEach((key, id) -> limits[id] = limitOf.applyAsInt(key));
        docOf = new int[n];
        for (int i = 0; i < n; i++) {
            docOf[i] = neighbours.index(claims.get(i).document());
        }
        byDocument = new Map[blocks];
        if (!neighbours.everyone()) {
            for (int id = 0; id < blocks; id++) {
                if (start[id + 1] - start[id] > WALK && usable(id)) {
                    Map<Integer, List<Integer>> split = new HashMap<>();
                    for (int m = start[id]; m < start[id + 1]; m++) {
                        split.computeIfAbsent(docOf[members[m]], d -> new ArrayList<>()).add(members[m]);
                    }
                    Map<Integer, int[]> arrays = new HashMap<>();
                    split.forEach((d, js) -> arrays.put(d, js.stream().mapToInt(Integer::intValue).toArray()));
                    byDocument[id] = arrays;
                }
            }
        }
    }

    /** Which documents' claims may meet. */
    DocumentNeighbours neighbours() {
        return neighbours;
    }

    /** The block keys of claim {@code i}. */
    Set<String> keys(int i) {
        return keysOf.get(i);
    }

    /** The document of claim {@code i}. */
    String document(int i) {
        return claims.get(i).document();
    }

    /** The largest size the block under this key may have and still be used. */
    int limit(String key) {
        return limitOf.applyAsInt(key);
    }

    /** Whether the block under this key is used: two members at least, and no more than its limit. */
    boolean usable(String key) {
        Integer id = keyIds.get(key);
        return id != null && usable(id);
    }

    private boolean usable(int id) {
        int size = start[id + 1] - start[id];
        return size >= 2 && size <= limits[id];
    }

    /** Visits the claims in the block under this key, in order (none if there is no such block). */
    void forEachMember(String key, IntConsumer visit) {
        Integer id = keyIds.get(key);
        if (id != null) {
            for (int m = start[id]; m < start[id + 1]; m++) {
                visit.accept(members[m]);
            }
        }
    }

    /** How many claims in the block under this key pass {@code test}. */
    int countMembers(String key, IntPredicate test) {
        Integer id = keyIds.get(key);
        if (id == null) {
            return 0;
        }
        int count = 0;
        for (int m = start[id]; m < start[id + 1]; m++) {
            count += test.test(members[m]) ? 1 : 0;
        }
        return count;
    }

    /** Every candidate pair, sorted. */
    long[] all() {
        // a claim meets the same partner in many of its blocks: mark partners once per claim
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        int[] neighbourMark = new int[Math.max(1, max(docOf) + 1)];
        Arrays.fill(neighbourMark, -1);
        Longs pairs = new Longs();
        for (int i = 0; i < n; i++) {
            int claim = i;
            int[] near = neighbours.everyone() ? null : neighbours.of(docOf[i]);
            if (near != null) {
                for (int d : near) {
                    neighbourMark[d] = i;
                }
            }
            forEachPartner(i, near, d -> neighbourMark[d] == claim, j -> {
                if (j > claim && seenBy[j] != claim) {
                    seenBy[j] = claim;
                    pairs.add((long) claim * n + j);
                }
            });
        }
        long[] sorted = Arrays.copyOf(pairs.values, pairs.count);
        Arrays.parallelSort(sorted);
        return sorted;
    }

    /** The claims that form a candidate pair with claim {@code i}, on either side, sorted; safe on any thread. */
    int[] partners(int i) {
        int[] near = neighbours.everyone() ? null : neighbours.of(docOf[i]);
        IntStream.Builder found = IntStream.builder();
        forEachPartner(i, near, d -> Arrays.binarySearch(near, d) >= 0, found::add);
        return found.build().sorted().distinct().toArray();
    }

    /**
     * Visits every claim sharing a usable block with claim {@code i} from a neighbouring document
     * (repeats included: a partner shared by several blocks is visited once per block).
     *
     * @param near           the neighbours of i's document, sorted; null when every document neighbours every other
     * @param nearDocument   whether a document index is among {@code near} (asked only when near is not null)
     */
    private void forEachPartner(int i, int[] near, IntPredicate nearDocument, IntConsumer visit) {
        int doc = docOf[i];
        for (int id : keyIdsOf[i]) {
            if (!usable(id)) {
                continue;
            }
            Map<Integer, int[]> split = byDocument[id];
            if (split == null) {
                for (int m = start[id]; m < start[id + 1]; m++) {
                    int j = members[m];
                    if (docOf[j] != doc && (near == null || nearDocument.test(docOf[j]))) {
                        visit.accept(j);
                    }
                }
                continue;
            }
            for (int d : near) {
                for (int j : split.getOrDefault(d, NONE)) {
                    visit.accept(j);
                }
            }
        }
    }

    /** A growing list of longs without boxing (millions of pairs). */
    private static final class Longs {
        private long[] values = new long[1024];
        private int count;

        void add(long value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
