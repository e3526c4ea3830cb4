package org.crosscheck.normalize;

import java.util.List;
import java.util.Optional;
import org.crosscheck.normalize.NumberReader.ReadNumber;

/** Reads a range of two numbers: "between one and five", "from 3 to 4", "1-5", "three or four". */
final class RangeReader {

    private final WordCursor cursor;
    private final List<String> words;
    private final NumberReader numbers;
    private final UnitReader units;

    RangeReader(WordCursor cursor, NumberReader numbers, UnitReader units) {
        this.cursor = cursor;
        this.words = cursor.words;
        this.numbers = numbers;
        this.units = units;
    }

    /** "between one and five", "from 3 to 4", "1-5", "three to four", "three or four". */
    Optional<Quantity> read() {
        int start = cursor.pos;
        boolean between = cursor.matches("between");
        boolean from = cursor.matches("from");
        int at = between || from ? cursor.pos + 1 : cursor.pos;
        Optional<ReadNumber> first = numbers.read(at);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int sep = first.get().next();
        if (sep >= words.size()) {
            return Optional.empty();
        }
        String joiner = words.get(sep);
        boolean ok = between ? joiner.equals("and")
                : from ? joiner.equals("to")
                : joiner.equals("-") || joiner.equals("to") || joiner.equals("or");
        if (!ok) {
            return Optional.empty();
        }
        int secondAt = sep + 1;
        if (secondAt < words.size() && PhraseWords.CURRENCY_SYMBOL.matcher(words.get(secondAt)).matches()) {
            secondAt++;
        }
        Optional<ReadNumber> second = numbers.read(secondAt);
        if (second.isEmpty()) {
            cursor.pos = start;
            return Optional.empty();
        }
        double low = first.get().value();
        double high = second.get().value();
        // "1-2 million": the scale written once applies to both ends.
        if (!first.get().scaled() && second.get().scaled()) {
            double scale = second.get().scale();
            if (low * scale <= high) {
                low *= scale;
            }
        }
        if (low > high) {
            return Optional.empty();
        }
        cursor.pos = second.get().next();
        return Optional.of(new Quantity(low, low, high, Hedge.RANGE, units.read()));
    }
}
