package org.crosscheck.align;

import java.util.Set;

import org.crosscheck.semantic.ClaimVectors;

import org.crosscheck.claims.ClaimKind;

/**
 * How much two claims that no rule keeps apart look like one fact, in [0, 1]: the same measure
 * read, the same kind of happening, each the only such figure of its report, alike sentences and
 * subjects, and agreeing values. Dates have no measure: the happening they date is what they share.
 */
final class FrameScore {

    private final EventWords events;
    private final MeasureRule measures;
    private final StoryFigures figures;
    private final ClaimVectors vectors;
    private final LinkModel model;

    FrameScore(EventWords events, MeasureRule measures, StoryFigures figures, ClaimVectors vectors, LinkModel model) {
        this.model = model;
        this.events = events;
        this.vectors = vectors;
        this.measures = measures;
        this.figures = figures;
    }

    double score(ClaimFrame a, ClaimFrame b, boolean valuesAgree, boolean sameFigure) {
        return score(a.claim().kind(), features(a, b, valuesAgree, sameFigure));
    }

    double score(ClaimKind kind, PairFeatures f) {
        return model.probability(kind, f);
    }

    PairFeatures features(ClaimFrame a, ClaimFrame b, boolean valuesAgree, boolean sameFigure) {
        boolean measure = !a.measure().isOpen() && !b.measure().isOpen() && measures.same(a.measure(), b.measure());
        return new PairFeatures(bit(measure), bit(events.related(a.eventWords(), b.eventWords())),
                bit(figures.onlyCandidate(a, b) && figures.onlyCandidate(b, a)),
                Math.min(1, 2.5 * ContentWords.jaccard(a.words().context(), b.words().context())),
                Math.min(1, 2 * ContentWords.jaccard(a.words().sentence(), b.words().sentence())),
                bit(alike(a.words().subject(), b.words().subject())), bit(valuesAgree), bit(sameFigure),
                bit(a.lead() && b.lead()), bit(shareEntity(a, b)),
                bit(!a.claim().entityIds().isEmpty() && !b.claim().entityIds().isEmpty() && !shareEntity(a, b)),
                // happenings taken from two reports' leads say nothing of a figure's own event
                bit(events.different(a.ownEvents(), b.ownEvents())), bit(sameRole(a, b)),
                known(vectors.sentenceSimilarity(a.claim(), b.claim())), known(vectors.contextSimilarity(a.claim(), b.claim())),
                bit(vague(a) || vague(b)), bit(!java.util.Collections.disjoint(a.words().figures(), b.words().figures())),
                bit(!java.util.Collections.disjoint(a.people(), b.people())));
    }

    private static boolean shareEntity(ClaimFrame a, ClaimFrame b) {
        return !java.util.Collections.disjoint(a.claim().entityIds(), b.claim().entityIds());
    }

    private static boolean sameRole(ClaimFrame a, ClaimFrame b) {
        String r = a.claim().role();
        return r != null && !r.isEmpty() && r.equals(b.claim().role());
    }

    private static boolean vague(ClaimFrame f) {
        return f.claim().value() != null && f.claim().value().quantity() != null
                && f.claim().value().quantity().hedge() == org.crosscheck.normalize.Hedge.VAGUE;
    }

    /** A cosine, or 0 when a claim has no vector. */
    private static double known(double cosine) {
        return Double.isNaN(cosine) ? 0 : Math.max(0, cosine);
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }

    /** The shared part of two word sets, for subjects. */
    static boolean alike(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && (ContentWords.jaccard(a, b) >= 0.34 || ContentWords.containment(a, b) >= 0.6);
    }
}
