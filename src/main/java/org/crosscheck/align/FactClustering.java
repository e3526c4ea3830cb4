package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntBinaryOperator;

/**
 * Groups claims into facts by average-link agglomerative clustering with constraints: at each
 * step the two groups with the strongest average link merge, where pairs without a link count as
 * nothing, so a claim joins a fact only when it is like most of its members, not just one (no
 * chaining through a third); two groups never merge when they share a document (at most one claim
 * per report in a fact) or when a rule forbids any pair across them. Merging stops below
 * {@link #MERGE}. Ties are broken by claim order, so the result does not depend on the order the
 * links are given in.
 */
final class FactClustering {

    /** The average link (a probability of one fact) below which two groups stay apart. */
    static final double MERGE = 0.4;

    /** A link between claims {@code a < b} with its strength. */
    record Link(int a, int b, double score) {
    }

    /** Whether claims {@code i} and {@code j} may never share a fact: 1 when forbidden, 0 otherwise. */
    interface Forbidden extends IntBinaryOperator {
    }

    private FactClustering() {
    }

    /**
     * @param document the document index of each claim
     * @param links    the links between claims (pairs without one count as 0)
     * @param forbidden whether a pair of claims may never share a fact (asked only across groups about to merge)
     * @return the groups, each a list of claim indices in ascending order, ordered by their first claim
     */
    static List<List<Integer>> cluster(int[] document, List<Link> links, Forbidden forbidden) {
        int n = document.length;
        List<List<Integer>> members = new ArrayList<>(n);
        List<Map<Integer, Double>> sums = new ArrayList<>(n); // group -> neighbour group -> summed link
        int[] version = new int[n];
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
            sums.add(new HashMap<>());
        }
        for (Link l : links) {
            sums.get(l.a()).merge(l.b(), l.score(), Double::sum);
            sums.get(l.b()).merge(l.a(), l.score(), Double::sum);
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> e : sums.get(i).entrySet()) {
                if (e.getKey() > i) {
                    queue.add(new Candidate(i, e.getKey(), e.getValue(), 0, 0));
                }
            }
        }
        boolean[] gone = new boolean[n];
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.average < MERGE) {
                break;
            }
            if (gone[c.x] || gone[c.y] || version[c.x] != c.vx || version[c.y] != c.vy) {
                continue;
            }
            if (!mergeable(members.get(c.x), members.get(c.y), document, forbidden)) {
                continue;
            }
            // y joins x
            members.get(c.x).addAll(members.get(c.y));
            members.get(c.x).sort(Integer::compare);
            members.get(c.y).clear();
            gone[c.y] = true;
            version[c.x]++;
            Map<Integer, Double> joined = sums.get(c.x);
            joined.remove(c.y);
            for (Map.Entry<Integer, Double> e : sums.get(c.y).entrySet()) {
                if (e.getKey() != c.x) {
                    joined.merge(e.getKey(), e.getValue(), Double::sum);
                }
            }
            sums.get(c.y).clear();
            for (Map.Entry<Integer, Double> e : joined.entrySet()) {
                int k = e.getKey();
                Map<Integer, Double> theirs = sums.get(k);
                theirs.remove(c.y);
                theirs.put(c.x, e.getValue());
                int lo = Math.min(c.x, k);
                int hi = Math.max(c.x, k);
                double average = e.getValue() / ((double) members.get(c.x).size() * members.get(k).size());
                queue.add(new Candidate(lo, hi, average, version[lo], version[hi]));
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                groups.add(members.get(i));
            }
        }
        groups.sort((p, q) -> Integer.compare(p.get(0), q.get(0)));
        return groups;
    }

    private static boolean mergeable(List<Integer> a, List<Integer> b, int[] document, Forbidden forbidden) {
        for (int i : a) {
            for (int j : b) {
                if (document[i] == document[j] || forbidden.applyAsInt(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Two groups that may merge, with their average link and the group versions it was computed for. */
    private record Candidate(int x, int y, double average, int vx, int vy) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int byScore = Double.compare(o.average, average);
            if (byScore != 0) {
                return byScore;
            }
            int byX = Integer.compare(x, o.x);
            return byX != 0 ? byX : Integer.compare(y, o.y);
        }
    }
}
