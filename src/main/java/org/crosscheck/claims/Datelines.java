package org.crosscheck.claims;

/**
 * The wire dateline that opens a story's first sentence: "KAMPALA, Sept 27 (Meridian Wire) -",
 * "LONDON (Reuters) -", "WASHINGTON, Oct. 2 --". It is publication meta (where and when the
 * story was filed, by whom), not part of what the sentence reports: its date is no claim and
 * a statement's text starts after it.
 */
final class Datelines {

    /** A dateline is short: place, date and agency in a dozen tokens or so. */
    private static final int MAX_TOKENS = 16;

    private Datelines() {
    }

    /**
     * One past the dateline's last token (its dash), or 0 when the sentence does not open with
     * one. A dateline is a place in capitals and/or an agency in parentheses, an optional date,
     * then a dash or colon.
     */
    static int end(SentenceView v) {
        int i = 0;
        boolean capitals = false;
        while (i < v.size() && i < MAX_TOKENS && (v.pos(i).startsWith("NNP") || v.word(i).equals(",")
                || v.word(i).equals(".") || v.ner(i).equals("DATE") || v.pos(i).equals("CD"))) {
            String raw = v.text(i, i + 1);
            capitals |= raw.length() > 1 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT)) && raw.chars().anyMatch(Character::isLetter);
            i++;
        }
        boolean agency = false;
        if (isOpeningBracket(v, i)) {
            int close = i + 1;
            while (close < v.size() && close - i <= 8 && !isClosingBracket(v, close)) {
                close++;
            }
            if (close < v.size() && isClosingBracket(v, close)) {
                agency = true;
                i = close + 1;
            }
        }
        if ((capitals || agency) && i < MAX_TOKENS && i + 1 < v.size() && isDash(v, i)) {
            return i + 1;
        }
        return 0;
    }

    private static boolean isDash(SentenceView v, int i) {
        String w = v.text(i, i + 1);
        return w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(":");
    }

    private static boolean isOpeningBracket(SentenceView v, int i) {
        return v.text(i, i + 1).equals("(") || v.pos(i).equals("-LRB-");
    }

    private static boolean isClosingBracket(SentenceView v, int i) {
        return v.text(i, i + 1).equals(")") || v.pos(i).equals("-RRB-");
    }
}
