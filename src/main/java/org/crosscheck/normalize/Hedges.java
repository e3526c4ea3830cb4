package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.nlp.Token;

/**
 * The hedges written around a number ("more than", "about", "or so") and the interval each
 * makes of the stated figure, from {@code models/normalize/hedges.txt} and
 * {@code trailing-hedges.txt}.
 */
final class Hedges {

    /** How far "about x" reaches either side of x, and "just over x" above it. */
    static final double ABOUT_TOLERANCE = 0.10;

    /** Hedges written before the number, in the order they are tried. */
    static final List<HedgeWords> LEADING = read("/models/normalize/hedges.txt");

    /** Hedges written after the number ("5,000 or more"), in the order they are tried. */
    static final List<HedgeWords> TRAILING = read("/models/normalize/trailing-hedges.txt");

    /** A hedge phrase; {@code close} when it keeps near its figure ("just over", "nearly"). */
    record HedgeWords(String phrase, Hedge hedge, boolean close) {
    }

    private Hedges() {
    }

    /** The interval a hedge makes of the figure x (see {@link NumberNormalizer} for the table). */
    static Quantity interval(HedgeWords hedge, double x, String unit) {
        double floor = x > 0 ? 0 : Double.NEGATIVE_INFINITY;
        return switch (hedge.hedge()) {
            case MORE_THAN -> new Quantity(x, Math.nextUp(x),
                    hedge.close() ? x * (1 + ABOUT_TOLERANCE) : Double.POSITIVE_INFINITY,
                    Hedge.MORE_THAN, unit);
            case AT_LEAST -> new Quantity(x, x, Double.POSITIVE_INFINITY, Hedge.AT_LEAST, unit);
            case LESS_THAN -> new Quantity(x, floor, Math.nextDown(x), Hedge.LESS_THAN, unit);
            case AT_MOST -> new Quantity(x, floor, x, Hedge.AT_MOST, unit);
            case ABOUT -> hedge.close()
                    ? new Quantity(x, x * (1 - ABOUT_TOLERANCE), x, Hedge.ABOUT, unit)
                    : new Quantity(x, x * (1 - ABOUT_TOLERANCE), x * (1 + ABOUT_TOLERANCE),
                            Hedge.ABOUT, unit);
            default -> Quantity.exact(x, unit);
        };
    }

    /** How many tokens after a number spell a hedge ("or more", "or so"); 0 when none. */
    static int trailingLength(List<Token> tokens, int at) {
        for (HedgeWords h : TRAILING) {
            String[] parts = h.phrase().split(" ");
            boolean matches = at + parts.length <= tokens.size();
            for (int i = 0; i < parts.length && matches; i++) {
                matches = tokens.get(at + i).word().equalsIgnoreCase(parts[i]);
            }
            if (matches) {
                return parts.length;
            }
        }
        return 0;
    }

    /** See {@link NumberNormalizer#hedgeStart}. */
    static int start(List<Token> sentenceTokens, int begin) {
        if (begin <= 0 || begin > sentenceTokens.size()) {
            return Math.max(0, Math.min(begin, sentenceTokens.size()));
        }
        int best = begin;
        List<String> phrases = new ArrayList<>();
        LEADING.forEach(h -> phrases.add(h.phrase()));
        phrases.add("between");
        for (String phrase : phrases) {
            String[] parts = phrase.split(" ");
            int start = begin - parts.length;
            if (start < 0 || start >= best) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                matches = sentenceTokens.get(start + i).word().toLowerCase(Locale.ROOT).equals(parts[i]);
            }
            if (matches) {
                best = start;
            }
        }
        if (best < begin && best > 0 && sentenceTokens.get(best - 1).word().equalsIgnoreCase("just")) {
            best--;
        }
        // "between 40 and 80 percent": the tagger often marks only the upper figure; the range starts at "between"
        if (best == begin && begin >= 3 && sentenceTokens.get(begin - 1).word().equalsIgnoreCase("and")
                && "CD".equals(sentenceTokens.get(begin - 2).pos())
                && sentenceTokens.get(begin - 3).word().equalsIgnoreCase("between")) {
            best = begin - 3;
        }
        return best;
    }

    private static List<HedgeWords> read(String resource) {
        List<HedgeWords> hedges = new ArrayList<>();
        for (Map.Entry<String, String> e : WordLists.table(resource).entrySet()) {
            String[] parts = e.getValue().split("\\s+");
            Hedge hedge = Hedge.valueOf(parts[0].toUpperCase(Locale.ROOT));
            hedges.add(new HedgeWords(e.getKey(), hedge, parts.length > 1 && parts[1].equals("close")));
        }
        return List.copyOf(hedges);
    }
}
