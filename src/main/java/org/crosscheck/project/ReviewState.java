package org.crosscheck.project;

import java.util.Locale;

/** The researcher's decision on a claim. */
public enum ReviewState {
    AUTO, ACCEPTED, REJECTED, EDITED;

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
