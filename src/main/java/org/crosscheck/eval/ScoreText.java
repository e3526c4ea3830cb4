package org.crosscheck.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text rules of {@code score.py}, character for character: {@code norm} (NFKC, curly quotes
 * made straight, runs of whitespace made one space, trimmed, lower case) and {@code prefix} (the
 * number that starts a document's file name). Whitespace is Python's {@code str.isspace}, which
 * is wider than Java's {@code \s}: figures must not differ on a non-breaking or odd space.
 */
final class ScoreText {

    private ScoreText() {
    }

    /** score.py's {@code norm}; {@code null} (a cell the row lacks) reads as "". */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String text = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return collapseSpaces(text).toLowerCase(Locale.ROOT);
    }

    /** Python's {@code s.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** score.py's {@code prefix}: the digits that start the file name, else the whole file name. */
    static String documentKey(String document) {
        String base = document == null ? "" : document.substring(document.lastIndexOf('/') + 1);
        int digits = 0;
        while (digits < base.length() && base.charAt(digits) >= '0' && base.charAt(digits) <= '9') {
            digits++;
        }
        return digits > 0 ? base.substring(0, digits) : base;
    }

    /** {@code re.sub(r"\s+", " ", s).strip()}. */
    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                gap = out.length() > 0;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Python's {@code str.isspace} for one character: bidi class WS, B or S, or category Zs. */
    static boolean isSpace(char c) {
        if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte bidi = Character.getDirectionality(c);
        return bidi == Character.DIRECTIONALITY_WHITESPACE || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }
}
