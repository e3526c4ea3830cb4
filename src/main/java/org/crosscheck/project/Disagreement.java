package org.crosscheck.project;

import java.util.Locale;

/** What kind of disagreement a DISAGREE fact shows. */
public enum Disagreement {
    NONE, VALUE, DATE, COUNT, ATTRIBUTION, WORDING, POLARITY, UPDATE;

    public String csvName() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }
}
