package org.crosscheck.eval;

import java.util.Locale;

/** How two value phrases from different documents relate, as labelled or as predicted. */
public enum Relation {
    /** One fact, compatible values. */
    AGREE,
    /** One fact, incompatible values. */
    DISAGREE,
    /** Different things: the analysis must not group them. */
    SEPARATE;

    /** Parses a label such as {@code agree} or {@code DISAGREE}; rejects anything else. */
    public static Relation parse(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + label + "' (expected AGREE, DISAGREE or SEPARATE)", e);
        }
    }
}
