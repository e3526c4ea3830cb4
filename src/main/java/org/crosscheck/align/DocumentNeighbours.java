package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.crosscheck.claims.Claim;

/**
 * Which documents' claims may meet at all. Claims about one fact come from articles about one
 * story, and articles about one story share rare words and entities: each document's neighbours
 * are the {@link #NEIGHBOURS} documents whose claims share the most such evidence with its own
 * (rarer shared words weigh more), and the relation is made symmetric. A project of at most
 * {@code NEIGHBOURS + 1} documents (one story, the usual case) is one neighbourhood, so there
 * the alignment is exactly what it would be without this. In a large corpus of many stories the
 * work per claim stays bounded, so alignment grows with the corpus, not with its square.
 */
final class DocumentNeighbours {

    /** Neighbours per document: more articles than any one story's fact is usually reported in. */
    static final int NEIGHBOURS = 40;
    /**
     * Words in more documents than this are not evidence of one story, and skipping them bounds
     * the index walk (a word's cost is the square of its document count). Fixed, not a share of
     * the corpus, so that weights do not shift for every document when one is added.
     */
    static final int MAX_DOCUMENT_FREQUENCY = 4 * NEIGHBOURS;

    private final Map<String, Integer> indexOf;
    /** Sorted neighbour indices per document; null when every document neighbours every other. */
    private final int[][] neighbours;
    private final String[] names;

    private DocumentNeighbours(Map<String, Integer> indexOf, int[][] neighbours) {
        this.indexOf = indexOf;
        this.neighbours = neighbours;
        this.names = new String[indexOf.size()];
        indexOf.forEach((name, i) -> names[i] = name);
    }

    /** The neighbourhoods of the documents the claims come from. */
    static DocumentNeighbours of(List<Claim> claims) {
        return of(claims, new HashMap<>());
    }

    /**
     * As {@link #of(List)}, taking each sentence's content words from {@code sentenceWords} where it
     * has them and adding them as they are made (a realignment reads the same sentences before and
     * after the change; several claims share a sentence). The map may be shared by threads if it is concurrent.
     */
    static DocumentNeighbours of(List<Claim> claims, Map<String, Set<String>> sentenceWords) {
        Map<String, Set<String>> wordsOf = new LinkedHashMap<>();
        for (Claim c : claims) {
            Set<String> words = wordsOf.computeIfAbsent(c.document(), d -> new LinkedHashSet<>());
            words.addAll(sentenceWords.computeIfAbsent(Objects.toString(c.sentence(), ""), ContentWords::of));
            for (String e : c.entityIds()) {
                words.add("\u0001" + e); // an entity id never collides with a word
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (String d : wordsOf.keySet()) {
            indexOf.put(d, indexOf.size());
        }
        if (indexOf.size() <= NEIGHBOURS + 1) {
            return new DocumentNeighbours(indexOf, null);
        }
        return new DocumentNeighbours(indexOf, nearest(new ArrayList<>(wordsOf.values())));
    }

    /** Whether every document neighbours every other (a project of one story). */
    boolean everyone() {
        return neighbours == null;
    }

    /** Whether claims of the two documents may be compared. */
    boolean neighbours(String a, String b) {
        if (neighbours == null) {
            return true;
        }
        Integer i = indexOf.get(a);
        Integer j = indexOf.get(b);
        return i != null && j != null && Arrays.binarySearch(neighbours[i], j) >= 0;
    }

    /** The names of the documents whose claims may meet those of {@code document}. */
    Set<String> of(String document) {
        Integer i = indexOf.get(document);
        Set<String> near = new HashSet<>();
        if (i == null) {
            return near;
        }
        if (neighbours == null) {
            near.addAll(indexOf.keySet());
            near.remove(document);
            return near;
        }
        for (int j : neighbours[i]) {
            near.add(names[j]);
        }
        return near;
    }

    /** The document's index among the claims' documents, or -1. */
    int index(String document) {
        return indexOf.getOrDefault(document, -1);
    }

    /** The neighbours' indices of the document at {@code index}, sorted (not used when {@link #everyone()}). */
    int[] of(int index) {
        return neighbours[index];
    }

    private static int[][] nearest(List<Set<String>> words) {
        int n = words.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String w : words.get(d)) {
                postings.computeIfAbsent(w, k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, int[]> rare = new HashMap<>();
        postings.forEach((w, docs) -> {
            if (docs.size() >= 2 && docs.size() <= MAX_DOCUMENT_FREQUENCY) {
                rare.put(w, docs.stream().mapToInt(Integer::intValue).toArray());
            }
        });
        int[][] top = IntStream.range(0, n).parallel().mapToObj(d -> topNeighbours(d, words.get(d), rare, n))
                .toArray(int[][]::new);
        // symmetric: a document is a neighbour of those it chose and of those that chose it
        List<Set<Integer>> both = new ArrayList<>(n);
        for (int d = 0; d < n; d++) {
            both.add(new HashSet<>());
        }
        for (int d = 0; d < n; d++) {
            for (int e : top[d]) {
                both.get(d).add(e);
                both.get(e).add(d);
            }
        }
        int[][] result = new int[n][];
        for (int d = 0; d < n; d++) {
            result[d] = both.get(d).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    /**
     * The documents sharing the most rare-word weight with document {@code d}; ties to the earlier
     * document. Scores live in a plain array and only the best {@link #NEIGHBOURS} are kept in order:
     * this runs for every document, before and after every change.
     */
    private static int[] topNeighbours(int d, Set<String> words, Map<String, int[]> rare, int n) {
        double[] score = new double[n];
        int[] touched = new int[n];
        int count = 0;
        for (String w : words) {
            int[] docs = rare.get(w);
            if (docs == null) {
                continue;
            }
            // a word in few documents says more; independent of the corpus size (see MAX_DOCUMENT_FREQUENCY)
            double weight = Math.log((MAX_DOCUMENT_FREQUENCY + 1.0) / docs.length);
            for (int e : docs) {
                if (e != d) {
                    if (score[e] == 0) {
                        touched[count++] = e;
                    }
                    score[e] += weight;
                }
            }
        }
        int[] best = new int[Math.min(NEIGHBOURS, count)];
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int e = touched[k];
            if (kept == best.length && !better(e, best[kept - 1], score)) {
                continue;
            }
            int at = kept == best.length ? kept - 1 : kept++;
            while (at > 0 && better(e, best[at - 1], score)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = e;
        }
        return best;
    }

    /** Higher score first, then the earlier document. */
    private static boolean better(int e, int f, double[] score) {
        return score[e] > score[f] || score[e] == score[f] && e < f;
    }
}
