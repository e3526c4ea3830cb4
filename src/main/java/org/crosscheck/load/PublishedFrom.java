package org.crosscheck.load;

/** Where an article's publication date came from. */
public enum PublishedFrom {
    MANIFEST, TEXT, USER, NONE;

    public String csvName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
