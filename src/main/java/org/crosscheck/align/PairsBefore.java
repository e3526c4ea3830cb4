package org.crosscheck.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The candidate pairs among unchanged claims as they were before a change, read from the index
 * made after it. The blocks differ only by the claims that changed (added, edited, removed), so a
 * block's old size is its unchanged members plus its changed claims from before; the documents'
 * old neighbourhoods are given. Pairs with a changed claim are left out: that claim is grouped
 * again whatever its pairs were, so building a second index of the whole project is not needed.
 */
final class PairsBefore {

    private final CandidatePairs after;
    private final boolean[] changed;
    private final DocumentNeighbours neighbours;
    /** Per key, how many of the claims before the change that are not there unchanged any more held it. */
    private final Map<String, Integer> gone = new HashMap<>();
    private final Map<String, Boolean> usable = new HashMap<>();

    /**
     * @param after       the index after the change
     * @param changed     per claim of {@code after}: whether it is new or changed
     * @param keysOfGone  the block keys of each claim before the change that is not there unchanged any more
     * @param neighbours  the documents' neighbourhoods before the change
     */
    PairsBefore(CandidatePairs after, boolean[] changed, List<Set<String>> keysOfGone, DocumentNeighbours neighbours) {
        this.after = after;
        this.changed = changed;
        this.neighbours = neighbours;
        for (Set<String> keys : keysOfGone) {
            keys.forEach(key -> gone.merge(key, 1, Integer::sum));
        }
    }

    /** Whether the block under this key was used before the change. */
    boolean usable(String key) {
        return usable.computeIfAbsent(key, k -> {
            int size = gone.getOrDefault(k, 0) + after.countMembers(k, j -> !changed[j]);
            return size >= 2 && size <= after.limit(k);
        });
    }

    /** The unchanged claims (indices after the change) that formed a candidate pair with unchanged claim {@code i}. */
    int[] partners(int i) {
        String document = after.document(i);
        IntStream.Builder found = IntStream.builder();
        for (String key : after.keys(i)) {
            if (usable(key)) {
                after.forEachMember(key, j -> {
                    if (!changed[j] && !after.document(j).equals(document)
                            && neighbours.neighbours(document, after.document(j))) {
                        found.add(j);
                    }
                });
            }
        }
        return found.build().sorted().distinct().toArray();
    }
}
