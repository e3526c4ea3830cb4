package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.crosscheck.claims.Claim;

/**
 * The pairs of claims worth comparing: from different documents that are {@link DocumentNeighbours},
 * sharing a block whose size is within its limit. Each pair is one number {@code i * n + j}
 * ({@code i < j}), in a sorted array. The walk costs, per claim and block, the smaller of the block
 * and the claims of the document's neighbours, so a block of thousands of claims is never walked
 * pair by pair just to drop the pairs whose documents are strangers.
 */
final class CandidatePairs {

    /** Blocks up to this size are walked member by member; larger ones through their members' documents. */
    private static final int WALK = 64;

    private CandidatePairs() {
    }

    /**
     * @param keysOf  each claim's block keys
     * @param limitOf the largest size a block under a key may have and still be used
     */
    static long[] of(List<Claim> claims, List<Set<String>> keysOf, ToIntFunction<String> limitOf,
                     DocumentNeighbours neighbours) {
        int n = claims.size();
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String key : keysOf.get(i)) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        int[] docOf = new int[n];
        for (int i = 0; i < n; i++) {
            docOf[i] = neighbours.index(claims.get(i).document());
        }
        // a large block's members by document, so a claim visits only its neighbours' members
        Map<String, Map<Integer, int[]>> byDocument = new HashMap<>();
        if (!neighbours.everyone()) {
            blocks.forEach((key, members) -> {
                if (members.size() > WALK && members.size() <= limitOf.applyAsInt(key)) {
                    Map<Integer, List<Integer>> split = new HashMap<>();
                    for (int j : members) {
                        split.computeIfAbsent(docOf[j], d -> new ArrayList<>()).add(j);
                    }
                    Map<Integer, int[]> arrays = new HashMap<>();
                    split.forEach((d, js) -> arrays.put(d, js.stream().mapToInt(Integer::intValue).toArray()));
                    byDocument.put(key, arrays);
                }
            });
        }
        // a claim meets the same partner in many of its blocks: mark partners once per claim
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        int[] neighbourMark = new int[Math.max(1, docOf.length == 0 ? 1 : max(docOf) + 1)];
        Arrays.fill(neighbourMark, -1);
        long[] pairs = new long[1024];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int doc = docOf[i];
            int[] near = neighbours.everyone() ? null : neighbours.of(doc);
            if (near != null) {
                for (int d : near) {
                    neighbourMark[d] = i;
                }
            }
            for (String key : keysOf.get(i)) {
                List<Integer> block = blocks.get(key);
                if (block.size() < 2 || block.size() > limitOf.applyAsInt(key)) {
                    continue;
                }
                Map<Integer, int[]> split = byDocument.get(key);
                if (split == null) {
                    for (int j : block) {
                        if (j > i && seenBy[j] != i && docOf[j] != doc && (near == null || neighbourMark[docOf[j]] == i)) {
                            seenBy[j] = i;
                            pairs = grown(pairs, count);
                            pairs[count++] = (long) i * n + j;
                        }
                    }
                    continue;
                }
                for (int d : near) {
                    int[] members = split.get(d);
                    if (members == null) {
                        continue;
                    }
                    for (int j : members) {
                        if (j > i && seenBy[j] != i) {
                            seenBy[j] = i;
                            pairs = grown(pairs, count);
                            pairs[count++] = (long) i * n + j;
                        }
                    }
                }
            }
        }
        long[] sorted = Arrays.copyOf(pairs, count);
        Arrays.parallelSort(sorted);
        return sorted;
    }

    private static long[] grown(long[] pairs, int count) {
        return count == pairs.length ? Arrays.copyOf(pairs, pairs.length * 2) : pairs;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
