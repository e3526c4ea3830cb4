package org.crosscheck.load;

/**
 * Maps offsets in an article's analysis text to offsets in its original (decoded file) text.
 * Plain text uses the identity; HTML carries one original offset per analysis character.
 */
public final class OffsetMap {
    private static final OffsetMap IDENTITY = new OffsetMap(null, 0);

    private final int[] toOriginal;
    private final int originalLength;

    private OffsetMap(int[] toOriginal, int originalLength) {
        this.toOriginal = toOriginal;
        this.originalLength = originalLength;
    }

    public static OffsetMap identity() {
        return IDENTITY;
    }

    /**
     * @param toOriginal     for each analysis character, its offset in the original text
     * @param originalLength the original text's length (the image of the end offset)
     */
    public static OffsetMap of(int[] toOriginal, int originalLength) {
        return new OffsetMap(toOriginal.clone(), originalLength);
    }

    public boolean isIdentity() {
        return toOriginal == null;
    }

    /** The original offset of the analysis character at {@code offset}; end offsets map past the last char. */
    public int toOriginal(int offset) {
        if (toOriginal == null) {
            return offset;
        }
        if (offset >= toOriginal.length) {
            return toOriginal.length == 0 ? originalLength : toOriginal[toOriginal.length - 1] + 1;
        }
        return toOriginal[Math.max(0, offset)];
    }

    /** The original offset for an exclusive end offset: one past the last character's original offset. */
    public int toOriginalEnd(int endOffset) {
        if (toOriginal == null) {
            return endOffset;
        }
        if (endOffset <= 0) {
            return toOriginal(0);
        }
        return toOriginal(endOffset - 1) + 1;
    }

    /** The raw table, for storage; null for the identity. */
    public int[] table() {
        return toOriginal == null ? null : toOriginal.clone();
    }

    public int originalLength() {
        return originalLength;
    }
}
