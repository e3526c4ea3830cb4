package org.crosscheck.normalize;

/**
 * Whether two stated quantities can both be right: interval overlap, with the readings news
 * needs (two exact figures must be equal, a strict bound meets the figure it names, an open
 * floor reaches only {@link NumberNormalizer#OPEN_FLOOR_REACH} times its figure, converted
 * units allow for rounding).
 */
final class QuantityComparison {

    private QuantityComparison() {
    }

    /** See {@link NumberNormalizer#compatible}. */
    static boolean compatible(Quantity a, Quantity b) {
        if (!comparable(a, b)) {
            return false;
        }
        double scaleA = 1;
        double scaleB = 1;
        boolean converted = false;
        if (Units.convertible(a.unit(), b.unit()) && !a.unit().equals(b.unit())) {
            scaleA = Units.baseUnits(a.unit());
            scaleB = Units.baseUnits(b.unit());
            converted = true;
        }
        if (!converted && a.hedge() == Hedge.EXACT && b.hedge() == Hedge.EXACT) {
            return sameNumber(a.stated(), b.stated());
        }
        if (!converted && (namesBoundOf(a, b) || namesBoundOf(b, a))) {
            return true;
        }
        // Converting "three months" to days or miles to km is approximate, and a converted
        // figure is usually rounded: allow that slack.
        double slack = converted ? 0.05 : 0;
        double aLow = a.low() * scaleA * (1 - slack);
        double aHigh = readHigh(a) * scaleA * (1 + slack);
        double bLow = b.low() * scaleB * (1 - slack);
        double bHigh = readHigh(b) * scaleB * (1 + slack);
        return aLow <= bHigh && bLow <= aHigh;
    }

    /** See {@link NumberNormalizer#comparable}. */
    static boolean comparable(Quantity a, Quantity b) {
        String ua = a.unit() == null ? "" : a.unit();
        String ub = b.unit() == null ? "" : b.unit();
        if (!Units.isMeasure(ua) || !Units.isMeasure(ub)) {
            return true;
        }
        return ua.equals(ub) || Units.convertible(ua, ub);
    }

    /**
     * The highest value a report's figure is read to allow. An open lower bound ("more than 300",
     * "at least 7") is written with the highest figure its source could vouch for: a report that
     * knew of 1,500 damaged houses would not write "more than 300". So, compared, it reaches
     * {@link NumberNormalizer#OPEN_FLOOR_REACH} times its figure, not infinity; "more than 5,000"
     * still meets "around 5,200".
     */
    static double readHigh(Quantity q) {
        boolean openFloor = (q.hedge() == Hedge.MORE_THAN || q.hedge() == Hedge.AT_LEAST)
                && Double.isInfinite(q.high()) && q.stated() > 0;
        return openFloor ? q.stated() * NumberNormalizer.OPEN_FLOOR_REACH : q.high();
    }

    private static boolean namesBoundOf(Quantity strict, Quantity exact) {
        return (strict.hedge() == Hedge.MORE_THAN || strict.hedge() == Hedge.LESS_THAN)
                && exact.hedge() == Hedge.EXACT && sameNumber(strict.stated(), exact.stated());
    }

    private static boolean sameNumber(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
}
