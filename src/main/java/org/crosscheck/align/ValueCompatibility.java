package org.crosscheck.align;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeAgreement;
import org.crosscheck.normalize.Units;

/**
 * Whether two claims' values can both be true: number intervals (with their hedges) overlap (an
 * age is such an interval, in years), date intervals share a day at their granularity, times of day
 * agree by {@link TimeAgreement}. The intervals come from the normalisers, so
 * this is the single comparison rule for extraction and alignment alike. Statements are
 * compatible when their speakers are (an unknown speaker is compatible with any).
 */
final class ValueCompatibility {

    static final double MAGNITUDE = 5;
    /** The first number as written, with its decimals: "44.2" in "44.2%", "1.6" in "1.6 million". */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.(\\d+))?)");

    private ValueCompatibility() {
    }

    static boolean compatible(Claim a, Claim b) {
        if (a.kind() == org.crosscheck.claims.ClaimKind.STATEMENT) {
            return FactComparer.sameSpeaker(a.speaker(), b.speaker()) && !differentFigures(a, b);
        }
        ClaimValue va = a.value();
        ClaimValue vb = b.value();
        if (va == null || vb == null) {
            return true;
        }
        if (va.quantity() != null && vb.quantity() != null && AmountsInDollars.acrossCurrencies(a, b)) {
            return NumberNormalizer.compatible(AmountsInDollars.withSlack(a), AmountsInDollars.withSlack(b));
        }
        if (va.quantity() != null && vb.quantity() != null) {
            return NumberNormalizer.compatible(va.quantity(), vb.quantity()) || rounded(a, b) || rounded(b, a);
        }
        if (va.date() != null && vb.date() != null) {
            return va.date().overlaps(vb.date());
        }
        if (va.time() != null && vb.time() != null) {
            // a GMT time and a local one cannot be told apart without the place's offset: no dispute
            return TimeAgreement.of(va.time(), vb.time()) != TimeAgreement.DISAGREE;
        }
        return true;
    }

    /** Whether two statements both state figures and not the same ones ("seven died" / "nine died"). */
    static boolean differentFigures(Claim a, Claim b) {
        java.util.Set<String> fa = QuoteWords.figures(StatementWords.text(a));
        java.util.Set<String> fb = QuoteWords.figures(StatementWords.text(b));
        return !fa.isEmpty() && !fb.isEmpty()
                && !(QuoteWords.unmatched(fa, fb).isEmpty() && QuoteWords.unmatched(fb, fa).isEmpty());
    }

    /**
     * Whether exact figure {@code coarse} is exact figure {@code fine} rounded to the digits
     * {@code coarse} is written with: "44%" for "44.2%", "47 degrees" for "46.9C", "1.6 million"
     * for "1,612,000". Less than half a unit of the last written digit apart, so "2.5" is not "3".
     */
    static boolean rounded(Claim coarse, Claim fine) {
        Quantity c = coarse.value().quantity();
        Quantity f = fine.value().quantity();
        if (c.hedge() != Hedge.EXACT || f.hedge() != Hedge.EXACT || !NumberNormalizer.comparable(c, f)) {
            return false;
        }
        Matcher m = WRITTEN_NUMBER.matcher(coarse.valueText() == null ? "" : coarse.valueText());
        if (!m.find()) {
            return false;
        }
        double written = Double.parseDouble(m.group(1).replace(",", ""));
        if (written == 0 || c.stated() == 0) {
            return false;
        }
        int decimals = m.group(2) == null ? 0 : m.group(2).length();
        double halfUnit = 0.5 * Math.pow(10, -decimals) * Math.abs(c.stated() / written);
        return Math.abs(c.stated() - f.stated()) < halfUnit;
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
        double x = Math.abs(inCommonUnit(a.value().quantity(), b.value().quantity()));
        double y = Math.abs(inCommonUnit(b.value().quantity(), a.value().quantity()));
        if (x == 0 || y == 0) {
            return x == y;
        }
        return Math.max(x, y) / Math.min(x, y) <= MAGNITUDE;
    }

    /** Figures whose written numbers are this close (relative) are much the same figure ("about 12,000" / "nearly 12,000"). */
    static final double SAME_FIGURE = 0.1;

    /** Whether two compatible figures are written as much the same number (within {@link #SAME_FIGURE}). */
    static boolean sameFigure(Claim a, Claim b) {
        if (a.value() == null || b.value() == null || a.value().quantity() == null || b.value().quantity() == null) {
            return false;
        }
        double x = Math.abs(inCommonUnit(a.value().quantity(), b.value().quantity()));
        double y = Math.abs(inCommonUnit(b.value().quantity(), a.value().quantity()));
        return Math.max(x, y) > 0 && Math.abs(x - y) <= SAME_FIGURE * Math.max(x, y);
    }

    /** The stated figure of {@code q} in base units when the other's unit converts to its own ("72 hours" / "three days"). */
    private static double inCommonUnit(Quantity q, Quantity other) {
        boolean convert = q.unit() != null && other.unit() != null && !q.unit().equals(other.unit())
                && Units.convertible(q.unit(), other.unit());
        return convert ? q.stated() * Units.baseUnits(q.unit()) : q.stated();
    }

    /**
     * Rival figures for one thing are within this factor of each other ("17" / "at least 42"): the
     * reach of an open lower bound, so that reading "more than 300" as short of "about 1,500" keeps
     * the two figures apart and never sets them against each other.
     */
    static final double RIVAL_FACTOR = NumberNormalizer.OPEN_FLOOR_REACH;
    /** ... or this far apart, for small counts ("one" / "four"). */
    static final double RIVAL_DIFFERENCE = 3;
    /** Rival dates for one event lie within this many days of each other. */
    static final long RIVAL_DAYS = 366;

    /**
     * Whether two values are close enough to be rival reports of one thing: a disagreement is only
     * shown between figures within a small factor (or a few units) and dates within a year of each
     * other; values further apart are more likely about different things than a dispute.
     */
    static boolean close(Claim a, Claim b) {
        ClaimValue va = a.value();
        ClaimValue vb = b.value();
        if (va == null || vb == null) {
            return true;
        }
        if (va.quantity() != null && vb.quantity() != null) {
            double x = Math.abs(va.quantity().stated());
            double y = Math.abs(vb.quantity().stated());
            if (Math.abs(x - y) <= RIVAL_DIFFERENCE) {
                return true;
            }
            return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= RIVAL_FACTOR;
        }
        if (va.date() != null && vb.date() != null && va.date().first() != null && vb.date().first() != null) {
            return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(va.date().first(), vb.date().first())) <= RIVAL_DAYS;
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
