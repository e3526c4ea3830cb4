package org.crosscheck.align;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.normalize.NumberNormalizer;

/**
 * Whether two claims' values can both be true: number intervals (with their hedges) overlap,
 * date intervals share a day at their granularity. The intervals come from the normalisers, so
 * this is the single comparison rule for extraction and alignment alike. Statements are
 * compatible when their speakers are (an unknown speaker is compatible with any).
 */
final class ValueCompatibility {

    static final double MAGNITUDE = 5;

    private ValueCompatibility() {
    }

    static boolean compatible(Claim a, Claim b) {
        if (a.kind() == org.crosscheck.claims.ClaimKind.STATEMENT) {
            return FactComparer.sameSpeaker(a.speaker(), b.speaker());
        }
        ClaimValue va = a.value();
        ClaimValue vb = b.value();
        if (va == null || vb == null) {
            return true;
        }
        if (va.quantity() != null && vb.quantity() != null) {
            return NumberNormalizer.compatible(va.quantity(), vb.quantity());
        }
        if (va.date() != null && vb.date() != null) {
            return va.date().overlaps(vb.date());
        }
        return true;
    }

    /**
     * Whether two figures are within a factor of {@link #MAGNITUDE} of each other. "At least 12" is
     * compatible with "2 million" (open intervals), but a claim is not taken to be about the same
     * thing as another an order of magnitude apart without the evidence asked of a disagreement.
     */
    static boolean sameMagnitude(Claim a, Claim b) {
        if (a.value() == null || b.value() == null || a.value().quantity() == null || b.value().quantity() == null) {
            return true;
        }
        double x = Math.abs(a.value().quantity().stated());
        double y = Math.abs(b.value().quantity().stated());
        if (x == 0 || y == 0) {
            return x == y;
        }
        return Math.max(x, y) / Math.min(x, y) <= MAGNITUDE;
    }

    /** False when the values measure different kinds of thing (dollars and euros, percent and days). */
    static boolean comparable(Claim a, Claim b) {
        if (a.value() == null || b.value() == null || a.value().quantity() == null || b.value().quantity() == null) {
            return true;
        }
        return NumberNormalizer.comparable(a.value().quantity(), b.value().quantity());
    }
}
