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
        return agree || ValueCompatibility.close(a.claim(), b.claim()) ? null : "figures too far apart";
    }
}
