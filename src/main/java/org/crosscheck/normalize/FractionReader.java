package org.crosscheck.normalize;

import java.util.List;
import java.util.Optional;
import org.crosscheck.normalize.Hedges.HedgeWords;
import org.crosscheck.normalize.NumberReader.ReadNumber;

/**
 * Reads a share of a whole as a percentage: fractions ("half", "a third", "two-thirds") and
 * ratios ("1 in 5", "three out of four"); a fraction of one measurement unit ("half a
 * percentage point", "a quarter of an hour") stays in that unit.
 */
final class FractionReader {

    private final WordCursor cursor;
    private final List<String> words;
    private final NumberReader numbers;

    FractionReader(WordCursor cursor, NumberReader numbers) {
        this.cursor = cursor;
        this.words = cursor.words;
        this.numbers = numbers;
    }

    /** "half", "a third", "two-thirds", "one in five": a share, as a percentage. */
    Optional<Quantity> read(HedgeWords hedge) {
        Optional<Quantity> ratio = readRatio(hedge);
        if (ratio.isPresent()) {
            return ratio;
        }
        for (String key : NumberWords.FRACTION_WORDS) {
            String spaced = key;
            if (cursor.matches(spaced) || cursor.matches(spaced.replace(" thirds", " - thirds").replace(" quarters", " - quarters"))) {
                double share = NumberWords.FRACTIONS.get(key);
                Optional<Quantity> ofUnit = fractionOfUnit(cursor.pos + key.split(" ").length, share, hedge);
                if (ofUnit.isPresent()) {
                    return ofUnit;
                }
                // A fraction in prose is a rough share: "half" is about 50 per cent.
                HedgeWords effective = hedge != null ? hedge : new HedgeWords("", Hedge.ABOUT, false);
                return Optional.of(Hedges.interval(effective, share, Units.PERCENT));
            }
        }
        return Optional.empty();
    }

    /**
     * "half a percentage point", "a quarter of an hour", "half a mile": a fraction of one
     * measurement unit is that much of the unit, not a share of a whole.
     */
    private Optional<Quantity> fractionOfUnit(int at, double share, HedgeWords hedge) {
        int k = at;
        if (k < words.size() && words.get(k).equals("of")) {
            k++;
        }
        if (k + 1 >= words.size() || !(words.get(k).equals("a") || words.get(k).equals("an"))) {
            return Optional.empty();
        }
        String w = words.get(k + 1);
        String unit = w.equals(Units.PERCENTAGE_POINT) ? w : Units.measureOfWord(w).orElse("");
        if (!Units.isMeasure(unit) || unit.equals(Units.PERCENT)) {
            return Optional.empty();
        }
        cursor.pos = k + 2;
        double x = share / 100;
        return Optional.of(hedge == null ? Quantity.exact(x, unit) : Hedges.interval(hedge, x, unit));
    }

    /** "1 in 5", "three out of four": a share, as an exact percentage. */
    private Optional<Quantity> readRatio(HedgeWords hedge) {
        Optional<ReadNumber> part = numbers.read(cursor.pos);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        int at = part.get().next();
        int wholeAt;
        if (at < words.size() && words.get(at).equals("in")) {
            wholeAt = at + 1;
        } else if (at + 1 < words.size() && words.get(at).equals("out") && words.get(at + 1).equals("of")) {
            wholeAt = at + 2;
        } else {
            return Optional.empty();
        }
        Optional<ReadNumber> whole = numbers.read(wholeAt);
        if (whole.isEmpty() || whole.get().value() <= 0 || part.get().value() > whole.get().value()) {
            return Optional.empty();
        }
        cursor.pos = whole.get().next();
        double share = 100 * part.get().value() / whole.get().value();
        return Optional.of(hedge == null ? Quantity.exact(share, Units.PERCENT) : Hedges.interval(hedge, share, Units.PERCENT));
    }
}
