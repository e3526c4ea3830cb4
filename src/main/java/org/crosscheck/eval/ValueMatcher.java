package org.crosscheck.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Finds the claims of one document that carry a labelled value phrase: the claims whose
 * {@code value_text} equals the phrase (ignoring case, spacing and hyphens); failing that, those
 * whose {@code value_text} lies inside it (an extractor that keeps "5,000" of "more than 5,000");
 * failing that, those whose {@code value_text} contains it (a statement quoting the value). The
 * value claims come first because the phrase names a value, not the sentence around it. Containment compares case- and whitespace-normalised text at word
 * boundaries, so "12" never matches inside "120".
 */
public final class ValueMatcher {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Hyphens and dashes read as spaces, so "89th-minute" meets "89th minute". */
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2013\u2014]");

    private ValueMatcher() {
    }

    public static List<ExportedClaim> claimsFor(ExportedAnalysis analysis, String document, String phrase) {
        List<ExportedClaim> ofDocument = analysis.claims().stream()
                .filter(c -> c.document().equals(document) && !c.valueText().isBlank()).toList();
        String wanted = normalise(phrase);
        List<BiPredicate<String, String>> levels = List.of(
                (text, p) -> text.equals(p),
                (text, p) -> containsWords(p, text),
                (text, p) -> containsWords(text, p));
        for (BiPredicate<String, String> level : levels) {
            List<ExportedClaim> found = ofDocument.stream()
                    .filter(c -> level.test(normalise(c.valueText()), wanted)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    static String normalise(String text) {
        String spaced = DASHES.matcher(text).replaceAll(" ");
        return SPACES.matcher(spaced.strip()).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    /** Whether {@code outer} contains {@code inner} not glued to a letter or digit on either side. */
    static boolean containsWords(String outer, String inner) {
        if (inner.isEmpty()) {
            return false;
        }
        for (int at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
            int end = at + inner.length();
            if (!gluedBefore(outer, at) && !gluedAfter(outer, end)) {
                return true;
            }
        }
        return false;
    }

    /** A letter or digit before {@code at}, or a digit group separator ("1,200", "3.5") ending there. */
    private static boolean gluedBefore(String s, int at) {
        if (at == 0) {
            return false;
        }
        char c = s.charAt(at - 1);
        return Character.isLetterOrDigit(c)
                || (c == ',' || c == '.') && at >= 2 && Character.isDigit(s.charAt(at - 2));
    }

    private static boolean gluedAfter(String s, int end) {
        if (end == s.length()) {
            return false;
        }
        char c = s.charAt(end);
        return Character.isLetterOrDigit(c)
                || (c == ',' || c == '.') && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1));
    }
}
