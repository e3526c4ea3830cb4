package org.crosscheck.claims;

import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Quantity;

/**
 * The normalised value of a claim: a number interval, a date interval or the words of a
 * statement. Exactly one of the three is set.
 */
public record ClaimValue(Quantity quantity, DateValue date, String statement) {

    public static ClaimValue of(Quantity q) {
        return new ClaimValue(q, null, null);
    }

    public static ClaimValue of(DateValue d) {
        return new ClaimValue(null, d, null);
    }

    public static ClaimValue statement(String words) {
        return new ClaimValue(null, null, words);
    }
}
