package org.crosscheck.align;

import java.util.regex.Pattern;

import org.crosscheck.claims.Claim;

/**
 * Whether a claim's value is a forecast or a plan rather than a tally: the words around the value,
 * in its clause, put it in the future or make it conditional ("is expected to sell", "will cut",
 * "could be worth", "About 60 observers will watch"). An adjective does not ("its planned offer").
 * A forecast is never a rival of a tally, nor a later report's update of an earlier figure.
 */
final class Forecasts {

    /** A future or conditional verb group before the value, with no clause break after it. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:will|would|could|might|may|shall|(?:expected|set|likely"
            + "|due|forecast|predicted|projected|poised|plans?|planning|aims?|aiming|intends?|wants?) to)\\b[^,;:.!?\"\u201C\u201D]*$",
            Pattern.CASE_INSENSITIVE);
    /** ... or one right after the value and its noun, before any conjunction or relative pronoun. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:(?!(?:and|but|or|who|which|that)\\b)[\\p{L}-]+\\s+){0,5}?"
            + "(?:will|would|could|might|may|shall|(?:is|are) (?:expected|set|likely|due|forecast|predicted|projected"
            + "|poised) to)\\b", Pattern.CASE_INSENSITIVE);

    private Forecasts() {
    }

    static boolean forecast(Claim c) {
        String sentence = c.sentence();
        int at = c.start() - c.sentenceStart();
        if (sentence == null || at < 0 || at > sentence.length()) {
            return false;
        }
        int end = Math.min(sentence.length(), Math.max(at, c.end() - c.sentenceStart()));
        return BEFORE.matcher(sentence.substring(0, at)).find() || AFTER.matcher(sentence.substring(end)).find();
    }
}
