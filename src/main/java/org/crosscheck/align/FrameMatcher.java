package org.crosscheck.align;

import java.util.List;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.WordNetLexicon;
import org.crosscheck.semantic.ClaimVectors;

/**
 * Decides for a pair of claims from different documents whether they may stand in one fact and
 * how strongly they look like one: the rules ({@link PairRule}) run in order and any of them can
 * forbid the pair; then {@link FrameScore} weighs what the two share. Rival values need a higher
 * score than agreeing ones: a disagreement shown between two things that are not one costs a
 * researcher most (decision 0008).
 */
final class FrameMatcher {

    /**
     * What rival values take off a pair's probability: values that differ need more evidence of one
     * fact than values that agree, since a disagreement shown between two things that are not one
     * costs a researcher most (decision 0008).
     */
    static final double RIVAL_MARGIN = 0.15;

    private final List<PairRule> rules;
    private final ClaimConflictRule conflicts;
    private final MeasureRule measures;
    private final WordNetLexicon lexicon;
    private final FrameScore score;
    private final StatementMatcher statements;
    private final AgeMatcher ages;

    FrameMatcher(WordNetLexicon lexicon, List<ClaimFrame> frames, ClaimSimilarity similarity, ClaimVectors vectors) {
        this(lexicon, frames, similarity, vectors, LinkModel.standard());
    }

    FrameMatcher(WordNetLexicon lexicon, List<ClaimFrame> frames, ClaimSimilarity similarity, ClaimVectors vectors,
                 LinkModel model) {
        this.measures = new MeasureRule(lexicon);
        this.lexicon = lexicon;
        EventWords events = new EventWords(lexicon);
        StoryFigures figures = new StoryFigures(frames, measures);
        this.conflicts = new ClaimConflictRule(similarity, lexicon, figures);
        this.rules = List.of(new RoleRule(), new ValueRule(), measures, new TimeRule(), new EventRule(events),
                new PeopleRule(), new PartOfPlaceRule(), new ForecastRule(), conflicts);
        this.score = new FrameScore(events, measures, figures, vectors, model);
        this.statements = new StatementMatcher(lexicon, vectors);
        this.ages = new AgeMatcher(new PersonAges(frames.stream().map(ClaimFrame::claim).toList()));
    }

    /** Whether two measures are one attribute ({@link MeasureRule#same}). */
    boolean sameMeasure(Measure a, Measure b) {
        return measures.same(a, b);
    }

    /** Whether two verbs name one event: the same lemma or WordNet relatives ("strike" / "hit"). */
    boolean sameEvent(String verbA, String verbB) {
        return verbA.equalsIgnoreCase(verbB) || lexicon.sameVerb(verbA, verbB);
    }

    /** The first rule's objection to the pair, or null. */
    String veto(ClaimFrame a, ClaimFrame b) {
        if (a.claim().kind() != b.claim().kind() || a.claim().document().equals(b.claim().document())) {
            return "other kind or one report";
        }
        if (a.claim().kind() == ClaimKind.STATEMENT) {
            return statements.link(a, b) > 0 ? null : "not one statement";
        }
        if (a.claim().kind() == ClaimKind.AGE) {
            return ages.veto(a, b);
        }
        for (PairRule rule : rules) {
            String why = rule.veto(a, b);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /**
     * The pair's link for clustering: the probability that it is one fact, less {@link #RIVAL_MARGIN}
     * when the values differ; 0 when a rule forbids it.
     */
    double link(ClaimFrame a, ClaimFrame b) {
        if (a.claim().kind() == ClaimKind.STATEMENT) {
            return a.claim().document().equals(b.claim().document()) ? 0 : statements.link(a, b);
        }
        if (a.claim().kind() == ClaimKind.AGE) {
            return a.claim().document().equals(b.claim().document()) ? 0 : ages.link(a, b);
        }
        if (veto(a, b) != null || conflicts.rivalWithoutEvidence(a, b) != null) {
            return 0;
        }
        Claim x = a.claim();
        Claim y = b.claim();
        boolean agree = ValueCompatibility.compatible(x, y) && ValueCompatibility.sameMagnitude(x, y);
        double p = score.score(a, b, agree, agree && ValueCompatibility.sameFigure(x, y));
        if (sameSum(x, y, agree)) {
            p = Math.max(p, SAME_SUM);
        }
        return Math.max(0, agree ? p : p - RIVAL_MARGIN);
    }

    /**
     * The least link of much the same sum of money in two reports of one story ("€2 million" /
     * "$2.6 million" / "£1.7m"): a sum is particular enough to name one amount whatever words each
     * report puts around it, while a count of "two" is not.
     */
    static final double SAME_SUM = 0.7;

    private static boolean sameSum(Claim x, Claim y, boolean agree) {
        return agree && x.kind() == ClaimKind.MONEY && !vague(x) && !vague(y)
                && (ValueCompatibility.sameFigure(x, y) || AmountsInDollars.acrossCurrencies(x, y));
    }

    private static boolean vague(Claim c) {
        return c.value() != null && c.value().quantity() != null
                && c.value().quantity().hedge() == org.crosscheck.normalize.Hedge.VAGUE;
    }

    /** The evidence of a pair no rule forbids (for measuring and learning the weights). */
    PairFeatures features(ClaimFrame a, ClaimFrame b) {
        Claim x = a.claim();
        Claim y = b.claim();
        boolean agree = ValueCompatibility.compatible(x, y) && ValueCompatibility.sameMagnitude(x, y);
        return score.features(a, b, agree, agree && ValueCompatibility.sameFigure(x, y));
    }

    /** Why the pair links as it does, in words: the rule that forbids it, or its score and what it shares. */
    String explain(ClaimFrame a, ClaimFrame b) {
        String why = veto(a, b);
        if (why != null) {
            return "apart: " + why;
        }
        why = conflicts.rivalWithoutEvidence(a, b);
        if (why != null) {
            return "unlinked: " + why;
        }
        Claim x = a.claim();
        Claim y = b.claim();
        boolean agree = ValueCompatibility.compatible(x, y) && ValueCompatibility.sameMagnitude(x, y);
        return String.format(java.util.Locale.ROOT, "score %.2f (%s) measures %s/%s events %s/%s sentence %.2f",
                score.score(a, b, agree, agree && ValueCompatibility.sameFigure(x, y)),
                agree ? "values agree" : "values differ", a.measure(), b.measure(), a.eventWords(), b.eventWords(),
                ContentWords.jaccard(a.words().sentence(), b.words().sentence()));
    }
}
