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
        return a.measure().isOpen() || b.measure().isOpen() || same(a.measure(), b.measure()) ? null : "other measure";
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
