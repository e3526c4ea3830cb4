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
        Groups groups = new Groups(n, links);
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> e : groups.sums.get(i).entrySet()) {
                if (e.getKey() > i) {
                    queue.add(new Candidate(i, e.getKey(), e.getValue(), 0, 0));
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.average < MERGE) {
                break;
            }
            if (groups.gone[c.x] || groups.gone[c.y] || groups.version[c.x] != c.vx || groups.version[c.y] != c.vy
                    || !mergeable(groups.members.get(c.x), groups.members.get(c.y), document, forbidden)) {
                continue;
            }
            queue.addAll(groups.merge(c.x, c.y));
        }
        return groups.remaining();
    }

    /** The groups so far: their members, their summed links to each other, and which were merged away. */
    private static final class Groups {
        final List<List<Integer>> members;
        /** group -> neighbour group -> summed link */
        final List<Map<Integer, Double>> sums;
        final int[] version;
        final boolean[] gone;

        Groups(int n, List<Link> links) {
            members = new ArrayList<>(n);
            sums = new ArrayList<>(n);
            version = new int[n];
            gone = new boolean[n];
            for (int i = 0; i < n; i++) {
                members.add(new ArrayList<>(List.of(i)));
                sums.add(new HashMap<>());
            }
            for (Link l : links) {
                sums.get(l.a()).merge(l.b(), l.score(), Double::sum);
                sums.get(l.b()).merge(l.a(), l.score(), Double::sum);
            }
        }

        /** Group {@code y} joins group {@code x}; the candidates of the joined group with its neighbours. */
        List<Candidate> merge(int x, int y) {
            members.get(x).addAll(members.get(y));
            members.get(x).sort(Integer::compare);
            members.get(y).clear();
            gone[y] = true;
            version[x]++;
            Map<Integer, Double> joined = sums.get(x);
            joined.remove(y);
            for (Map.Entry<Integer, Double> e : sums.get(y).entrySet()) {
                if (e.getKey() != x) {
                    joined.merge(e.getKey(), e.getValue(), Double::sum);
                }
            }
            sums.get(y).clear();
            List<Candidate> next = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : joined.entrySet()) {
                int k = e.getKey();
                Map<Integer, Double> theirs = sums.get(k);
                theirs.remove(y);
                theirs.put(x, e.getValue());
                int lo = Math.min(x, k);
                int hi = Math.max(x, k);
                double average = e.getValue() / ((double) members.get(x).size() * members.get(k).size());
                next.add(new Candidate(lo, hi, average, version[lo], version[hi]));
            }
            return next;
        }

        /** The groups left, each in ascending order, ordered by their first claim. */
        List<List<Integer>> remaining() {
            List<List<Integer>> groups = new ArrayList<>();
            for (int i = 0; i < gone.length; i++) {
                if (!gone[i]) {
                    groups.add(members.get(i));
                }
            }
            groups.sort((p, q) -> Integer.compare(p.get(0), q.get(0)));
            return groups;
        }
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
