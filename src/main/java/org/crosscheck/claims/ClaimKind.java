package org.crosscheck.claims;

import java.util.Locale;

/** What kind of checkable value a claim carries. */
public enum ClaimKind {
    /** A count of people or things ("5,000 troops", "two officials"). */
    COUNT,
    /** Another number with a unit (distances, magnitudes, areas). */
    QUANTITY,
    MONEY,
    PERCENT,
    /** When something happened or will happen. */
    DATE,
    /** How long something lasts ("90 days"). */
    DURATION,
    /** A person's age in years ("36-year-old Duncan Rait", "a man in his early 30s"). */
    AGE,
    /** A time of day ("at around 4.30am", "1353 (1023 GMT)"). */
    TIME,
    /** What someone said: a quote or reported speech, with its speaker. */
    STATEMENT;

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
