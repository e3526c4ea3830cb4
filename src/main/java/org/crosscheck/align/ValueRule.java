package org.crosscheck.align;

import org.crosscheck.claims.ClaimKind;

/**
 * Values of other kinds never meet (dollars and percentages), and rival figures too far apart to
 * be one dispute are more likely two things than one disagreement ({@link ValueCompatibility#close}).
 */
final class ValueRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        if (a.claim().kind() == ClaimKind.STATEMENT) {
            return null;
        }
        if (!ValueCompatibility.comparable(a.claim(), b.claim())) {
            return "values of other kinds";
        }
        boolean agree = ValueCompatibility.compatible(a.claim(), b.claim())
                && ValueCompatibility.sameMagnitude(a.claim(), b.claim());
        return agree || ValueCompatibility.close(a.claim(), b.claim()) || onePersonsMeasure(a, b) ? null
                : "figures too far apart";
    }

    /**
     * How far apart the figures of one measure of one person's happening may lie: reports of one
     * climber's fall give 60 metres and 200 metres; what makes them one fact is whose fall it is.
     */
    static final double ONE_PERSON_FACTOR = 5;

    private static boolean onePersonsMeasure(ClaimFrame a, ClaimFrame b) {
        if (a.measure().isOpen() || !a.measure().equals(b.measure()) || java.util.Collections.disjoint(a.people(), b.people())
                || a.claim().value() == null || b.claim().value() == null
                || a.claim().value().quantity() == null || b.claim().value().quantity() == null) {
            return false;
        }
        double x = Math.abs(a.claim().value().quantity().stated() * org.crosscheck.normalize.Units.baseUnits(a.claim().value().quantity().unit()));
        double y = Math.abs(b.claim().value().quantity().stated() * org.crosscheck.normalize.Units.baseUnits(b.claim().value().quantity().unit()));
        return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= ONE_PERSON_FACTOR;
    }
}
