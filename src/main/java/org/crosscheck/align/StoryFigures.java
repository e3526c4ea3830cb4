package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a claim is its report's only candidate for another report's figure: no other figure of
 * the same measure and time in its report lies within a dispute's reach of the other's value. A
 * report gives a story's toll or its island's population once, so two reports' only such figures
 * are likely one fact even when their words differ ("one sense per discourse"), while a report
 * with two village counts ("several villages" damaged, "five villages" badly hit) leaves the
 * choice to the words.
 */
final class StoryFigures {

    /** A report with fewer claims than this says too little for its only figure to mean anything. */
    static final int MIN_CLAIMS = 5;

    private final Map<String, List<ClaimFrame>> byDocument = new HashMap<>();
    private final Map<String, Integer> claimsOf = new HashMap<>();
    private final MeasureRule measures;

    StoryFigures(List<ClaimFrame> frames, MeasureRule measures) {
        this.measures = measures;
        for (ClaimFrame f : frames) {
            claimsOf.merge(f.claim().document(), 1, Integer::sum);
            if (!f.measure().isOpen()) {
                byDocument.computeIfAbsent(f.claim().document(), d -> new ArrayList<>()).add(f);
            }
        }
    }

    /** Whether {@code f} is the only figure of its report that could be {@code other}'s. */
    boolean onlyCandidate(ClaimFrame f, ClaimFrame other) {
        if (f.measure().isOpen() || claimsOf.getOrDefault(f.claim().document(), 0) < MIN_CLAIMS) {
            return false;
        }
        for (ClaimFrame o : byDocument.getOrDefault(f.claim().document(), List.of())) {
            if (o != f && o.claim().kind() == f.claim().kind() && o.past() == f.past() && !vague(o)
                    && measures.same(o.measure(), f.measure()) && !sameValue(o, f) && reaches(o, other)) {
                return false;
            }
        }
        return true;
    }

    /** A vague quantifier ("several villages") is no rival candidate for a figure: the report's figure is its exact one. */
    private static boolean vague(ClaimFrame f) {
        return f.claim().value() != null && f.claim().value().quantity() != null
                && f.claim().value().quantity().hedge() == org.crosscheck.normalize.Hedge.VAGUE;
    }

    private static boolean sameValue(ClaimFrame a, ClaimFrame b) {
        return a.claim().value() != null && b.claim().value() != null && ValueCompatibility.oneFigure(a.claim(), b.claim());
    }

    private static boolean reaches(ClaimFrame o, ClaimFrame other) {
        return ValueCompatibility.compatible(o.claim(), other.claim()) || ValueCompatibility.close(o.claim(), other.claim());
    }
}
