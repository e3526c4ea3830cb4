package org.crosscheck.load;

/** What a passage of a web copy is; only {@link #BODY} passages can carry claims. */
public enum PassageKind {
    /** The article's own headline. */
    TITLE,
    /** The article's running text. */
    BODY,
    /** Date lines, bylines, source lines, mastheads, section labels. */
    META,
    /** Photo captions and credits. */
    CAPTION,
    /** Headlines and teasers of other stories ("You May Also Like", related links). */
    OTHER_STORY,
    /** Comment-form and newsletter leftovers, share buttons, "Source link". */
    BOILERPLATE,
    /** Lines in another script or mojibake. */
    FOREIGN
}
