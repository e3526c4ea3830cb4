package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores and tallies of two sides written as pairs of whole numbers: "won 2-1", "6-3 7-6 (7-4)",
 * "a 7-2 vote". A pair is never a range of counts when its first number is not the smaller
 * ("7-6", "1-1": a range runs upwards), nor when it is one of several pairs in a row (the sets of
 * a tennis match). Extraction asks this class whether a figure is a score before it reads a
 * count, so "a 3-1 lead" is never three leads.
 */
public final class Scores {

    private static final String PAIR = "(\\d{1,3})\\s*[-\u2013]\\s*(\\d{1,3})";
    private static final Pattern ONE_PAIR = Pattern.compile(PAIR);
    /** Pairs in a row, each maybe followed by a bracketed tie-break: "6-7 (3-7) 6-3 6-3". */
    private static final Pattern PAIRS = Pattern.compile(PAIR + "(?:\\s*\\(\\s*" + PAIR + "\\s*\\))?"
            + "(?:\\s+" + PAIR + "(?:\\s*\\(\\s*" + PAIR + "\\s*\\))?)*");

    /** One side's number against the other's, in the order written. */
    public record Pair(int first, int second) {
        /** Whether the pair can be a range of counts: it runs upwards ("5-10"). */
        boolean upwards() {
            return first < second;
        }
    }

    private Scores() {
    }

    /** The pairs of a text that is nothing but pairs ("7-6 (7-3) 6-3"), tie-breaks left out; else empty. */
    public static Optional<List<Pair>> read(String text) {
        if (text == null || !PAIRS.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String withoutTieBreaks = text.replaceAll("\\(\\s*" + PAIR + "\\s*\\)", " ");
        List<Pair> pairs = new ArrayList<>();
        Matcher m = ONE_PAIR.matcher(withoutTieBreaks);
        while (m.find()) {
            pairs.add(new Pair(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.of(List.copyOf(pairs));
    }

    /**
     * Whether a text of pairs is a score on its own, whatever its context: several pairs in a row,
     * or one pair that does not run upwards. "5-10" may be a range and needs its context to tell.
     */
    public static boolean isScoreByItself(String text) {
        return read(text).map(pairs -> pairs.size() > 1 || !pairs.get(0).upwards()).orElse(false);
    }
}
