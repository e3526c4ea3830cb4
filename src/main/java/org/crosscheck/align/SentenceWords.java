package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.claims.Claim;

/**
 * A claim's sentence as a list of lower-cased words and punctuation marks, with the position of
 * the claim's value among them: what stands right before and after a value says what it measures
 * ("killing 10 people", "80 wounded", "a depth of 10 km", "home to 120,000 people").
 */
final class SentenceWords {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*\\p{L}|\\p{L}|\\d[\\d,.]*\\d|\\d|[^\\s\\p{L}\\d]");

    private final List<String> words;
    /** Which words are written capitalised inside the sentence: parts of names ("Central Command"), not words for happenings. */
    private final List<Boolean> named;
    private final int valueFirst;
    private final int valueLast;

    private SentenceWords(List<String> words, List<Boolean> named, int valueFirst, int valueLast) {
        this.words = words;
        this.named = named;
        this.valueFirst = valueFirst;
        this.valueLast = valueLast;
    }

    static SentenceWords of(Claim c) {
        String sentence = c.sentence() == null ? "" : c.sentence();
        int from = c.start() - c.sentenceStart();
        int to = c.end() - c.sentenceStart();
        List<String> words = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        int first = -1;
        int last = -1;
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            if (m.end() > from && m.start() < to) {
                if (first < 0) {
                    first = words.size();
                }
                last = words.size();
            }
            named.add(!words.isEmpty() && Character.isUpperCase(m.group().charAt(0)));
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        if (first < 0) { // the value lies outside the sentence text (a statement): the whole sentence
            first = 0;
            last = Math.max(0, words.size() - 1);
        }
        // a headline in title case capitalises every word: none of them says it is a name
        long capitalised = named.stream().filter(b -> b).count();
        if (capitalised * 2 > words.size()) {
            named.replaceAll(b -> false);
        }
        return new SentenceWords(words, named, first, last);
    }

    /** Whether the word at {@code i} is written capitalised inside the sentence (a part of a name). */
    boolean named(int i) {
        return i > 0 && i < named.size() && named.get(i);
    }

    List<String> words() {
        return words;
    }

    int valueFirst() {
        return valueFirst;
    }

    int valueLast() {
        return valueLast;
    }

    /** The word at {@code i}, or "" outside the sentence. */
    String at(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    /** The words after the value up to the end of its clause (a comma, semicolon, dash or bracket ends it), at most {@code max}. */
    List<String> after(int max) {
        List<String> out = new ArrayList<>();
        for (int i = valueLast + 1; i < words.size() && out.size() < max; i++) {
            String w = words.get(i);
            if (isClauseBreak(w)) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    /** As {@link #after}, reading past a bracketed conversion right after the value ("1,150 kilometers (700 miles) southeast of"). */
    List<String> afterSkippingBrackets(int max) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        for (int i = valueLast + 1; i < words.size() && out.size() < max; i++) {
            String w = words.get(i);
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                if (isClauseBreak(w)) {
                    break;
                }
                out.add(w);
            }
        }
        return out;
    }

    /** The words before the value back to the start of its clause, nearest first, at most {@code max}. */
    List<String> before(int max) {
        List<String> out = new ArrayList<>();
        for (int i = valueFirst - 1; i >= 0 && out.size() < max; i--) {
            String w = words.get(i);
            if (isClauseBreak(w)) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    private static boolean isClauseBreak(String w) {
        return w.equals(",") || w.equals(";") || w.equals("(") || w.equals(")") || w.equals("—") || w.equals("–")
                || w.equals(":") || w.equals("\"") || w.equals("“") || w.equals("”");
    }
}
