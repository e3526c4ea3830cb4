package org.crosscheck.semantic;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;

/**
 * The texts of a claim that are embedded: its sentence, and its context, which says what the
 * value is about without the value itself, so that two reports of one thing with other figures
 * ("killing at least 10 people" / "killing 12 people") come out alike.
 */
public final class ClaimTexts {
    /** Words kept on each side of the value: the clause around it, rarely the whole sentence. */
    static final int WINDOW = 6;
    /** Stands for the value; a letter the model reads as "some quantity", not a word of the story. */
    static final String PLACEHOLDER = "X";

    private ClaimTexts() {
    }

    public static String sentence(Claim c) {
        return c.sentence() == null ? "" : c.sentence().strip();
    }

    /**
     * The words within {@link #WINDOW} words either side of the value, the value replaced by
     * {@link #PLACEHOLDER} ("... killing X people, injuring dozens ..."); for a statement, the
     * words stated. The value's offsets are article offsets; the sentence starts at
     * {@code sentenceStart}, and when the value is not found there as written (offsets of an HTML
     * file's markup) it is looked up nearby in the sentence.
     */
    public static String context(Claim c) {
        if (c.kind() == ClaimKind.STATEMENT) {
            String words = c.value() != null && c.value().statement() != null ? c.value().statement() : c.valueText();
            return words == null || words.isBlank() ? sentence(c) : words.strip();
        }
        String sentence = c.sentence() == null ? "" : c.sentence();
        int[] span = valueSpan(c, sentence);
        if (span == null) {
            return sentence(c);
        }
        // cut at word boundaries, keeping the text's own spacing and punctuation ("of X.", "killing X people")
        String before = sentence.substring(wordsBack(sentence, span[0]), span[0]).stripLeading();
        String after = sentence.substring(span[1], wordsOn(sentence, span[1])).stripTrailing();
        return (before + PLACEHOLDER + after).strip();
    }

    /** Where the {@link #WINDOW}th word before {@code at} starts. */
    private static int wordsBack(String s, int at) {
        int i = at;
        for (int words = 0; words < WINDOW && i > 0; words++) {
            while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** Where the {@link #WINDOW}th word after {@code at} ends; a word glued to the value counts as one. */
    private static int wordsOn(String s, int at) {
        int i = at;
        for (int words = 0; words < WINDOW && i < s.length(); words++) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The value's span in the sentence, or null when the sentence does not hold it. */
    static int[] valueSpan(Claim c, String sentence) {
        int from = c.start() - c.sentenceStart();
        int to = c.end() - c.sentenceStart();
        String value = c.valueText();
        boolean inside = from >= 0 && from <= to && to <= sentence.length();
        if (inside && (value == null || value.isEmpty() || sentence.startsWith(value, from))) {
            return new int[] {from, to};
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        // the nearest occurrence of the value as written
        int best = -1;
        for (int at = sentence.indexOf(value); at >= 0; at = sentence.indexOf(value, at + 1)) {
            if (best < 0 || Math.abs(at - from) < Math.abs(best - from)) {
                best = at;
            }
        }
        return best < 0 ? null : new int[] {best, best + value.length()};
    }
}
