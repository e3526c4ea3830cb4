package org.crosscheck.align;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;

/**
 * How many independent sources state a fact. A copy and its original are one source
 * ({@link CopyDetector}); so are two reports that state the claim in one sentence word for word:
 * outlets that run the same wire story, each with its own updates and cuts, are no copies of each
 * other as wholes, but a sentence they share came from one reporter. Two reporters who heard the
 * same thing do not write the same sentence of a dozen words.
 */
final class IndependentSources {

    /** Share of the shorter sentence's word 5-grams the other holds for one sentence reprinted. */
    static final double SAME_SENTENCE = 0.6;
    /** Fewer 5-grams than this (a sentence under eight words) are too short to tell a reprint. */
    private static final int MIN_SHINGLES = 4;

    private IndependentSources() {
    }

    static int count(List<Claim> group, Map<String, DocumentInfo> documents) {
        Map<Claim, Claim> parent = new IdentityHashMap<>();
        group.forEach(c -> parent.put(c, c));
        Map<Claim, long[]> shingles = new IdentityHashMap<>();
        group.forEach(c -> shingles.put(c, CopyDetector.Profile.shingles(c.sentence() == null ? "" : c.sentence())));
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Claim a = group.get(i);
                Claim b = group.get(j);
                if (FactComparer.root(a.document(), documents).equals(FactComparer.root(b.document(), documents))
                        || reprinted(shingles.get(a), shingles.get(b))) {
                    parent.put(find(parent, a), find(parent, b));
                }
            }
        }
        return (int) group.stream().map(c -> find(parent, c)).distinct().count();
    }

    private static boolean reprinted(long[] a, long[] b) {
        return Math.min(a.length, b.length) >= MIN_SHINGLES && CopyDetector.shingleContainment(a, b) >= SAME_SENTENCE;
    }

    private static Claim find(Map<Claim, Claim> parent, Claim c) {
        Claim root = c;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }
}
