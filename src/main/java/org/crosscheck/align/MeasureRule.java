package org.crosscheck.align;

import org.crosscheck.claims.WordNetLexicon;

/**
 * Different attributes never meet: the dead and the injured, a population and a toll, villages
 * and aftershocks, a depth and a distance, people who fled and people arrested. People named by
 * other nouns may be the same people ("four men" / "four robbers"). A measure nothing was read
 * for meets any other.
 */
final class MeasureRule implements PairRule {

    private final WordNetLexicon lexicon;

    MeasureRule(WordNetLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        return a.measure().isOpen() || b.measure().isOpen() || same(a.measure(), b.measure())
                || sameGroupOfPeople(a, b) ? null : "other measure";
    }

    /**
     * People counted alike by other verbs: the same figure of people in one story is one group
     * whatever each report has them do ("four men rammed their car" / "four men drove a 4x4" / "saw
     * four robbers make off"); other figures of people who did other things stay apart ("300 fled" /
     * "police arrested 200").
     */
    private boolean sameGroupOfPeople(ClaimFrame a, ClaimFrame b) {
        Measure x = a.measure();
        Measure y = b.measure();
        return x.kind() == Measure.Kind.THING && y.kind() == Measure.Kind.THING && x.people() && y.people()
                && ValueCompatibility.sameFigure(a.claim(), b.claim())
                && (x.key().equals(y.key()) || lexicon.sameNoun(x.key(), y.key()) || lexicon.namesPeople(x.key())
                        && lexicon.namesPeople(y.key()));
    }

    /** Whether two read measures are one attribute: the same key, or states and things WordNet relates ("kill" / "die"). */
    boolean same(Measure a, Measure b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() == Measure.Kind.THING && a.people() && b.people()) {
            return a.verb().isEmpty() || b.verb().isEmpty() || a.verb().equals(b.verb()) || lexicon.sameVerb(a.verb(), b.verb());
        }
        if (a.key().equals(b.key())) {
            return true;
        }
        return switch (a.kind()) {
            case STATE -> lexicon.sameVerb(a.key(), b.key());
            case THING -> a.people() == b.people() && lexicon.sameNoun(a.key(), b.key());
            default -> false;
        };
    }
}
