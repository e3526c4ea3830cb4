package org.crosscheck.project;

import java.util.Locale;

/**
 * What kind of disagreement a DISAGREE fact shows. WORDING is the one kind an AGREE fact carries:
 * one remark quoted in other words by two outlets (reworded, trimmed or translated) agrees, and
 * the table names the difference so the researcher can read both versions.
 */
public enum Disagreement {
    NONE, VALUE, DATE, COUNT, ATTRIBUTION, WORDING, POLARITY, UPDATE;

    public String csvName() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }
}
