package org.crosscheck.normalize;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one number at a position of a phrase's words: digits ("5000", "1.5") or spelled
 * ("twenty-five", "one hundred and twenty"), with the scale words after it ("2 million",
 * "£300m").
 */
final class NumberReader {

    static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final Map<String, Integer> SMALL_NUMBERS = NumberWords.SMALL_NUMBERS;
    private static final Map<String, Double> SCALES = NumberWords.SCALES;

    private final List<String> words;
    /** The currency written with the phrase, or null: after one, "m" and "b" are millions and billions. */
    private final String currency;

    /** A number read from the words: its value, the word after it, the product of its scale words. */
    record ReadNumber(double value, int next, double scale) {
        boolean scaled() {
            return scale != 1;
        }
    }

    NumberReader(List<String> words, String currency) {
        this.words = words;
        this.currency = currency;
    }

    /** A written or spelled number with its scale words, starting at {@code at}. */
    Optional<ReadNumber> read(int at) {
        if (at >= words.size()) {
            return Optional.empty();
        }
        String w = words.get(at);
        double value;
        int next;
        if (DIGITS.matcher(w).matches()) {
            value = Double.parseDouble(w);
            next = at + 1;
        } else if ((w.equals("a") || w.equals("an")) && at + 1 < words.size()
                && (SCALES.containsKey(words.get(at + 1)) || words.get(at + 1).equals("dozen"))) {
            value = 1;
            next = at + 1;
        } else if (SMALL_NUMBERS.containsKey(w)) {
            return readSpelled(at);
        } else {
            return Optional.empty();
        }
        double scale = 1;
        while (next < words.size()) {
            String s = words.get(next);
            double factor;
            if (s.equals("dozen")) {
                factor = 12;
            } else if (SCALES.containsKey(s)) {
                factor = SCALES.get(s);
            } else if ((s.equals("m") || s.equals("b")) && currency != null) {
                // "£300m", "$2b"; without a currency "300 m" is metres ("1.5m" arrives as million).
                factor = s.equals("m") ? 1e6 : 1e9;
            } else {
                break;
            }
            value *= factor;
            scale *= factor;
            next++;
        }
        return Optional.of(new ReadNumber(value, next, scale));
    }

    /** "twenty-five", "one hundred and twenty", "two million", "Seventeen". */
    private Optional<ReadNumber> readSpelled(int at) {
        double total = 0;
        double current = 0;
        double largestScale = 1;
        double scale = 1;
        int i = at;
        int last = at;
        while (i < words.size()) {
            String w = words.get(i);
            if (SMALL_NUMBERS.containsKey(w)) {
                int n = SMALL_NUMBERS.get(w);
                if (w.equals("dozen")) {
                    current = (current == 0 ? 1 : current) * 12;
                } else if (canAdd(current, n)) {
                    current += n;
                } else {
                    break; // "thirty thirty" is two numbers, not sixty
                }
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                scale = 100;
            } else if (SCALES.containsKey(w) && !w.equals("k")) {
                double factor = SCALES.get(w);
                double group = current != 0 ? current : total == 0 ? 1 : 0;
                // "one hundred thousand million" multiplies what came before; "two million
                // three hundred thousand" adds a smaller group.
                total = factor > largestScale ? (total + group) * factor : total + group * factor;
                largestScale = Math.max(largestScale, factor);
                scale = factor;
                current = 0;
            } else if (joinsSpelledNumber(i)) {
                i++;
                continue;
            } else {
                break;
            }
            i++;
            last = i;
        }
        return Optional.of(new ReadNumber(total + current, last, scale));
    }

    /** Twenty then five makes 25; twenty then thirty, or five then five, does not. */
    private static boolean canAdd(double current, int n) {
        if (current == 0 || current % 100 == 0) {
            return true;
        }
        return current % 10 == 0 && n < 10;
    }

    /** "twenty-five" and "one hundred and twenty": the hyphen or "and" inside a number. */
    private boolean joinsSpelledNumber(int i) {
        if (i == 0 || i + 1 >= words.size()) {
            return false;
        }
        String w = words.get(i);
        String previous = words.get(i - 1);
        Integer following = SMALL_NUMBERS.get(words.get(i + 1));
        if (following == null || words.get(i + 1).equals("dozen")) {
            return false;
        }
        Integer tens = SMALL_NUMBERS.get(previous);
        if (w.equals("-")) {
            return tens != null && tens >= 20 && tens % 10 == 0 && following < 10;
        }
        return w.equals("and") && (previous.equals("hundred") || SCALES.containsKey(previous));
    }

}
