package org.crosscheck.claims;

import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;

/**
 * The normalised value of a claim: a number interval, a date interval, a time of day or the words
 * of a statement. Exactly one of the four is set.
 */
public record ClaimValue(Quantity quantity, DateValue date, TimeOfDay time, String statement) {

    public ClaimValue {
        int set = (quantity != null ? 1 : 0) + (date != null ? 1 : 0) + (time != null ? 1 : 0) + (statement != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a claim value holds exactly one of quantity, date, time, statement; got " + set);
        }
    }

    public static ClaimValue of(Quantity q) {
        return new ClaimValue(q, null, null, null);
    }

    public static ClaimValue of(DateValue d) {
        return new ClaimValue(null, d, null, null);
    }

    public static ClaimValue of(TimeOfDay t) {
        return new ClaimValue(null, null, t, null);
    }

    public static ClaimValue statement(String words) {
        return new ClaimValue(null, null, null, words);
    }
}
