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
}
