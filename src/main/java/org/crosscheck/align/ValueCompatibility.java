package org.crosscheck.align;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.normalize.NumberNormalizer;

/**
 * Whether two claims' values can both be true: number intervals (with their hedges) overlap,
 * date intervals share a day at their granularity. The intervals come from the normalisers, so
 * this is the single comparison rule for extraction and alignment alike. Statements are compared
 * elsewhere (wording and attribution), so they are always compatible here.
 */
final class ValueCompatibility {

    private ValueCompatibility() {
    }

    static boolean compatible(Claim a, Claim b) {
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

    /** False when the values measure different kinds of thing (dollars and euros, percent and days). */
    static boolean comparable(Claim a, Claim b) {
        if (a.value() == null || b.value() == null || a.value().quantity() == null || b.value().quantity() == null) {
            return true;
        }
        return NumberNormalizer.comparable(a.value().quantity(), b.value().quantity());
    }
}
