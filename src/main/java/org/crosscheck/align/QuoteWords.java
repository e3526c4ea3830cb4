package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern WORD = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\\b|n['’]t\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE = Pattern.compile("[,;:]|\\s(?:but|and|although|though|while|whereas|because|since|as|so|if|unless|when)\\s");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");
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
     * Whether two quotes have the same words, or one is a part of the other as written (an outlet
     * that trims a quote keeps its words).
     */
    static boolean sameWording(List<String> a, List<String> b) {
        List<String> longer = a.size() >= b.size() ? a : b;
        List<String> shorter = longer == a ? b : a;
        return !shorter.isEmpty() && java.util.Collections.indexOfSubList(longer, shorter) >= 0;
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

    /** The words with every figure replaced by one mark: "seven people have died" -> "# people have died". */
    static List<String> masked(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(figure(w) == null ? w : "#");
        }
        return out;
    }

    /**
     * The figures a statement states, digits and spelled numbers alike ("seven" is "7"), a day of a
     * month marked as a date ("Dec. 3" is "date:3"): statements that differ in these differ in what
     * they report, however alike their words.
     */
    static Set<String> figures(String text) {
        Set<String> figures = new TreeSet<>();
        List<String> words = of(text);
        for (int i = 0; i < words.size(); i++) {
            String f = figure(words.get(i));
            if (f != null) {
                boolean day = i > 0 && MONTHS.contains(words.get(i - 1));
                boolean year = f.matches("(19|20)\\d\\d");
                figures.add(day || year ? "date:" + f : f);
            }
        }
        return figures;
    }

    /**
     * The figures of {@code mine} that no figure of {@code theirs} states, a figure written with
     * fewer decimals matching the other rounded ("38" matches "38.4").
     */
    static Set<String> unmatched(Set<String> mine, Set<String> theirs) {
        Set<String> left = new TreeSet<>();
        for (String f : mine) {
            if (theirs.stream().noneMatch(g -> sameFigure(f, g))) {
                left.add(f);
            }
        }
        return left;
    }

    private static boolean sameFigure(String f, String g) {
        if (f.equals(g)) {
            return true;
        }
        if (f.startsWith("date:") || g.startsWith("date:")) {
            return false;
        }
        try {
            double x = Double.parseDouble(f);
            double y = Double.parseDouble(g);
            int dx = f.contains(".") ? f.length() - f.indexOf('.') - 1 : 0;
            int dy = g.contains(".") ? g.length() - g.indexOf('.') - 1 : 0;
            return Math.abs(x - y) < 0.5 * Math.pow(10, -Math.min(dx, dy));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String figure(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return word.replace(",", "");
        }
        int spelled = NUMBER_WORDS.indexOf(word);
        return spelled >= 0 ? Integer.toString(spelled) : null;
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

    /**
     * The clause of {@code text} that carries a negation, or "": the negation's scope, so clauses
     * split at commas, semicolons and conjunctions ("but", "and", "because", "if" ...).
     */
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
