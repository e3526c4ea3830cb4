package org.crosscheck.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.normalize.Hedges.HedgeWords;
import org.crosscheck.normalize.NumberReader.ReadNumber;
import org.crosscheck.normalize.NumberWords.Vague;

/**
 * One pass over the words of one number phrase: the hedge, then a range, a quantifier, a
 * fraction, an ordinal position or a number, then its trailing hedge and its unit.
 */
final class QuantityReader {

    /** Words after a number that make it a clock time, not a quantity. */
    static final List<String> CLOCK_WORDS = List.of("am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "hrs");

    /** Ordinals written as words ("first", "third") and their position. */
    private static final java.util.Map<String, Integer> ORDINAL_WORDS = WordLists.table("/models/normalize/ordinal-words.txt")
            .entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey,
                    e -> Integer.valueOf(e.getValue())));
    /** An ordinal written in digits: "88th", "1st", "22nd". */
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    /** What a decimal number before these words measures: "a 6.1 quake" is magnitude 6.1. */
    private static final List<String> QUAKE_WORDS = List.of("earthquake", "quake", "temblor", "tremor", "aftershock");

    private final WordCursor cursor;
    private final List<String> words;
    private final NumberReader numbers;
    private final UnitReader units;
    private final RangeReader ranges;
    private final FractionReader fractions;
    private final DurationReader durations;

    /**
     * @param words    the phrase's words ({@link PhraseWords}), currency symbols removed
     * @param currency the currency of the phrase's symbol, or null
     */
    QuantityReader(List<String> words, String currency) {
        this.cursor = new WordCursor(words);
        this.words = words;
        this.numbers = new NumberReader(words, currency);
        this.units = new UnitReader(cursor, currency);
        this.ranges = new RangeReader(cursor, numbers, units);
        this.fractions = new FractionReader(cursor, numbers);
        this.durations = new DurationReader(cursor, numbers);
    }

    Optional<Quantity> read() {
        cursor.skip("the");
        HedgeWords hedge = readHedge();
        if (hedge == null) {
            cursor.skip("just", "only", "another");
            hedge = readHedge();
        }
        cursor.skip("the");
        // "a 6.1 earthquake", "a 5,000-strong force": the article belongs to the noun.
        if ((cursor.matches("a") || cursor.matches("an")) && cursor.pos + 1 < words.size()
                && NumberReader.DIGITS.matcher(words.get(cursor.pos + 1)).matches()) {
            cursor.pos++;
        }
        Optional<Quantity> range = ranges.read();
        if (range.isPresent()) {
            return range;
        }
        Optional<Vague> vague = readVague();
        if (vague.isPresent()) {
            Vague v = vague.get();
            if (hedge != null) {
                return Optional.of(Hedges.interval(hedge, v.low(), units.read()));
            }
            return Optional.of(new Quantity(v.low(), v.low(), v.high(), Hedge.VAGUE, units.read()));
        }
        Optional<Quantity> fraction = fractions.read(hedge);
        if (fraction.isPresent()) {
            return fraction;
        }
        return readFigure(hedge);
    }

    /** A magnitude, an ordinal position, or a number with its trailing hedge and unit. */
    private Optional<Quantity> readFigure(HedgeWords leadingHedge) {
        HedgeWords hedge = leadingHedge;
        String leadingUnit = null;
        if (cursor.matches("a magnitude")) {
            cursor.pos++; // "a magnitude of 5.9"
        }
        if (cursor.matches("magnitude")) {
            leadingUnit = "magnitude";
            cursor.pos++;
            cursor.skip("-", "of"); // "magnitude-5.9", "a magnitude of 5.9"
        }
        Optional<Quantity> position = readPosition();
        if (position.isPresent()) {
            return position;
        }
        Optional<ReadNumber> number = numbers.read(cursor.pos);
        if (number.isEmpty()) {
            return readArticleAsOne(hedge);
        }
        if (number.get().next() < words.size() && CLOCK_WORDS.contains(words.get(number.get().next()))) {
            return Optional.empty();
        }
        boolean decimal = words.get(cursor.pos).contains(".");
        cursor.pos = number.get().next();
        double value = number.get().value();
        if (hedge == null) {
            hedge = readTrailingHedge();
        }
        String unit = leadingUnit != null ? leadingUnit : units.read();
        if (decimal && QUAKE_WORDS.contains(unit)) {
            unit = "magnitude";
        }
        if (unit.equals(UnitReader.BASIS_POINT)) {
            value /= 100; // "50 basis points" is half a percentage point
            unit = Units.PERCENTAGE_POINT;
        }
        if (hedge == null && Units.isTime(unit)) {
            Optional<Quantity> compound = durations.readCompound(value, unit);
            if (compound.isPresent()) {
                return compound;
            }
        }
        if (hedge == null) {
            return Optional.of(Quantity.exact(value, unit));
        }
        return Optional.of(Hedges.interval(hedge, value, unit));
    }

    /**
     * "the 88th minute", "an 89th-minute header", "the 12th lap", "the first arrondissement": an
     * ordinal position in a sequence is a value, in its own unit so it never meets the duration
     * "88 minutes".
     */
    /** The most digits an ordinal position is written with ("1,000th" is four). */
    private static final int MAX_POSITION_DIGITS = 6;

    private Optional<Quantity> readPosition() {
        int start = cursor.pos;
        if ((cursor.matches("a") || cursor.matches("an")) && cursor.pos + 1 < words.size()) {
            start++; // "an 89th-minute header"
        }
        if (start >= words.size()) {
            return Optional.empty();
        }
        Matcher ordinal = DIGIT_ORDINAL.matcher(words.get(start));
        // a position has few digits; a longer run ("3384759363rd") is no place in any sequence
        Integer position = ordinal.matches() ? (ordinal.group(1).length() <= MAX_POSITION_DIGITS
                ? Integer.valueOf(ordinal.group(1)) : null) : ORDINAL_WORDS.get(words.get(start));
        if (position == null) {
            return Optional.empty();
        }
        int at = start + 1;
        if (at < words.size() && words.get(at).equals("-")) {
            at++;
        }
        if (at >= words.size() || !Units.isSequenceNoun(words.get(at))) {
            return Optional.empty();
        }
        cursor.pos = at + 1;
        return Optional.of(Quantity.exact(position, Units.positionUnit(words.get(at))));
    }

    /** "5,000 or more", "5,000-plus", "300 or so", "5,000-odd", "40 or fewer". */
    private HedgeWords readTrailingHedge() {
        cursor.skip("-");
        for (HedgeWords h : Hedges.TRAILING) {
            if (cursor.matches(h.phrase())) {
                cursor.pos += h.phrase().split(" ").length;
                return h;
            }
        }
        return null;
    }

    /** "a Briton", "an Iraqi", "a" alone: one of something. */
    private Optional<Quantity> readArticleAsOne(HedgeWords hedge) {
        if (cursor.pos < words.size() && (words.get(cursor.pos).equals("a") || words.get(cursor.pos).equals("an"))) {
            cursor.pos++;
            String unit = units.read();
            return Optional.of(hedge == null ? Quantity.exact(1, unit) : Hedges.interval(hedge, 1, unit));
        }
        return Optional.empty();
    }

    private HedgeWords readHedge() {
        for (HedgeWords h : Hedges.LEADING) {
            if (cursor.matches(h.phrase())) {
                int after = cursor.pos + h.phrase().split(" ").length;
                // "some" and "over" only hedge a number: "some people" is not a quantity.
                if (after < words.size() && startsNumberOrQuantifier(after)) {
                    cursor.pos = after;
                    return h;
                }
            }
        }
        return null;
    }

    private boolean startsNumberOrQuantifier(int at) {
        if (numbers.read(at).isPresent()) {
            return true;
        }
        String w = words.get(at);
        if (PhraseWords.CURRENCY_SYMBOL.matcher(w).matches()) {
            return true;
        }
        if ((w.equals("a") || w.equals("an")) && at + 1 < words.size()) {
            return true;
        }
        int saved = cursor.pos;
        cursor.pos = at;
        boolean quantifier = readVague().isPresent() || fractions.read(null).isPresent();
        cursor.pos = saved;
        return quantifier;
    }

    private Optional<Vague> readVague() {
        for (Vague v : NumberWords.VAGUE) {
            if (cursor.matches(v.phrase())) {
                cursor.pos += v.phrase().split(" ").length;
                cursor.skip("of");
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
