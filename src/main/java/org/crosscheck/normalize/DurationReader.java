package org.crosscheck.normalize;

import java.util.List;
import java.util.Optional;
import org.crosscheck.normalize.NumberReader.ReadNumber;

/** Reads a duration written in parts: "two hours, two minutes and 17 seconds". */
final class DurationReader {

    private final WordCursor cursor;
    private final List<String> words;
    private final NumberReader numbers;

    DurationReader(WordCursor cursor, NumberReader numbers) {
        this.cursor = cursor;
        this.words = cursor.words;
        this.numbers = numbers;
    }


    /**
     * "two hours, two minutes and 17 seconds": the later parts of a duration written in
     * falling units, summed in the smallest; empty when no such part follows.
     */
    Optional<Quantity> readCompound(double value, String unit) {
        int at = cursor.pos + 1; // past the first part's unit word
        double days = value * Units.daysPer(unit);
        String smallest = unit;
        int parts = 1;
        while (true) {
            int next = at;
            if (next < words.size() && words.get(next).equals("and")) {
                next++;
            }
            Optional<ReadNumber> n = numbers.read(next);
            if (n.isEmpty() || n.get().next() >= words.size()) {
                break;
            }
            String partUnit = Units.measureOfWord(words.get(n.get().next())).orElse("");
            if (!Units.isTime(partUnit) || Units.daysPer(partUnit) >= Units.daysPer(smallest)) {
                break;
            }
            days += n.get().value() * Units.daysPer(partUnit);
            smallest = partUnit;
            at = n.get().next() + 1;
            parts++;
        }
        if (parts == 1) {
            return Optional.empty();
        }
        cursor.pos = at;
        double inSmallest = days / Units.daysPer(smallest);
        return Optional.of(Quantity.exact(Math.round(inSmallest * 1000) / 1000.0, smallest));
    }
}
