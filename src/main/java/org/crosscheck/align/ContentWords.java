package org.crosscheck.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.claims.Lexicons;

/**
 * The content words of a piece of text, lower-cased and crudely stemmed, for overlap measures
 * (subjects, sentences, whole articles). Function words come from {@code /models/align/stopwords.txt}.
 */
public final class ContentWords {

    private static final Set<String> STOPWORDS = loadList("/models/align/stopwords.txt");

    private ContentWords() {
    }

    /**
     * The content words of {@code text} in order, stemmed. A word starts with a letter or digit and
     * runs on through letters, digits, apostrophes, full stops and hyphens ("U.S.", "O'Neill",
     * "5,000" is two); trailing punctuation and a possessive "'s" are dropped. Scanned by hand, not
     * by a regular expression: this runs over every sentence and article the alignment reads.
     */
    public static List<String> sequence(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!startsWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < length) {
                int next = text.codePointAt(i);
                if (!startsWord(next) && !joinsWord(next)) {
                    break;
                }
                i += Character.charCount(next);
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            int end = w.length();
            while (end > 0 && joinsWord(w.charAt(end - 1))) {
                end--;
            }
            w = w.substring(0, end).replace('’', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.isEmpty() || STOPWORDS.contains(w)) {
                continue;
            }
            words.add(stem(w));
        }
        return words;
    }

    /** A letter or a number of any script. */
    private static boolean startsWord(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Punctuation that may sit inside a word. */
    private static boolean joinsWord(int cp) {
        return cp == '\'' || cp == '’' || cp == '.' || cp == '-';
    }

    /** The set of content words of {@code text}. */
    public static Set<String> of(String text) {
        return new LinkedHashSet<>(sequence(text));
    }

    /** How many words two sets share. */
    public static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    /** Jaccard overlap of two word sets; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = shared(a, b);
        return shared / (double) (a.size() + b.size() - shared);
    }

    /** The share of the smaller set's words found in the larger; 0 when either is empty. */
    public static double containment(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return shared(a, b) / (double) Math.min(a.size(), b.size());
    }

    /** A light suffix stripper: enough to match "troops"/"troop" and "killed"/"kill" across texts. */
    static String stem(String w) {
        if (w.length() <= 3 || Character.isDigit(w.charAt(0))) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Reads a one-entry-a-line list under models/ (the claims package's reader, one for all lists). */
    public static Set<String> loadList(String resource) {
        return Lexicons.list(resource);
    }
}
