package org.crosscheck.load;

/**
 * A paragraph-sized stretch of an article's analysis text and what it is.
 * Offsets are into {@link Article#analysisText()}.
 */
public record Passage(int start, int end, PassageKind kind) {
    public boolean isContent() {
        return kind == PassageKind.BODY;
    }
}
