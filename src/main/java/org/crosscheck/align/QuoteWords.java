package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a quote, every word in order, lower-cased, with typography taken out: straight,
 * curly, doubled-apostrophe ({@code ''like this''}) and guillemet quote marks, curly apostrophes
 * and punctuation do not make two renderings of one quote differ. Used to tell one quote in other
 * words (a wording disagreement) from one quote typeset differently.
 */
final class QuoteWords {

    /** Quotes shorter than this are too short to compare by their words in order. */
    static final int MIN_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\\b|n['’]t\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE = Pattern.compile("[,;:]|\\s(?:but|although|though|while|whereas)\\s");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”„‟«»″]");

    private QuoteWords() {
    }

    /** The words of {@code text} in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().replace('’', '\'').toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The words inside the quote marks of {@code text}, whatever marks the outlet typesets
     * ({@code "}, {@code “ ”}, {@code ''}, {@code « »}, {@code „}); the whole text when it has no pair of marks.
     */
    static String quoted(String text) {
        if (text == null) {
            return "";
        }
        String marked = QUOTE_MARKS.matcher(text.replace("''", "\"")).replaceAll("\"");
        int open = marked.indexOf('"');
        int close = marked.lastIndexOf('"');
        return open >= 0 && close > open + 1 ? marked.substring(open + 1, close) : marked;
    }

    /** Dice overlap of the longest common subsequence: 1 for the same words in the same order. */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return 2.0 * lcs[0][0] / (a.size() + b.size());
    }

    /** The clause of {@code text} that carries a negation, or "" (clauses split at commas, semicolons, "but"). */
    static String negatedClause(String text) {
        if (text == null) {
            return "";
        }
        for (String clause : CLAUSE.split(text)) {
            if (negated(clause)) {
                return clause;
            }
        }
        return "";
    }

    /** Whether the text negates what it says ("will not", "won't", "never"). */
    static boolean negated(String text) {
        return text != null && NEGATION.matcher(text).find();
    }
}
