package org.crosscheck.normalize;

/**
 * A normalised number as an interval: "more than 5,000" is (5000, +inf), "about 3,000" is a
 * tolerance band around 3000, "between one and five" is [1, 5], "90 days" is 90 with unit
 * "day". Bounds may be infinite. Comparison is interval overlap, nothing else.
 *
 * @param stated the number as written (the anchor of the hedge), for display
 * @param unit   a normalised unit ("day", "USD", "percent", "troop"...), or empty
 */
public record Quantity(double stated, double low, double high, Hedge hedge, String unit) {

    public static Quantity exact(double value, String unit) {
        return new Quantity(value, value, value, Hedge.EXACT, unit);
    }

    /** True when both intervals share at least one value (units are the caller's business). */
    public boolean overlaps(Quantity other) {
        return low <= other.high && other.low <= high;
    }

    /**
     * The display form used in exports: "5000", ">5000", ">=5000", "<1000", "<=40", "~3000",
     * "1-5", vague quantifiers as their interval ("24-99", "3+"), followed by the unit when
     * there is one ("2000000000 USD", "40 percent").
     */
    public String normalized() {
        String value = switch (hedge) {
            case EXACT -> format(stated);
            case MORE_THAN -> ">" + format(stated);
            case AT_LEAST -> ">=" + format(stated);
            case LESS_THAN -> "<" + format(stated);
            case AT_MOST -> "<=" + format(stated);
            case ABOUT -> "~" + format(stated);
            case RANGE, VAGUE -> Double.isInfinite(high)
                    ? format(low) + "+"
                    : format(low) + "-" + format(high);
        };
        return unit == null || unit.isEmpty() ? value : value + " " + unit;
    }

    private static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return java.math.BigDecimal.valueOf(x).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString();
    }
}
