package org.crosscheck.normalize;

import java.util.List;
import java.util.Optional;

/**
 * Reads what a number counts or measures from the words after it: a currency, a measure
 * ("per cent", "km", "degrees Celsius"), else the last noun of the run ("U.S. troops" ->
 * "troop"); the phrase's currency symbol when nothing else is written.
 */
final class UnitReader {

    /** Hundredths of a percentage point, read as percentage points. */
    static final String BASIS_POINT = "basis point";

    private static final List<String> UNIT_STOP_WORDS =
            List.of("in", "at", "on", "from", "to", "by", "for", "per", "a", "an", "of", "who", "the",
                    "its", "their", "his", "her", "our", "these", "those",
                    "which", "that", "with", "and", "or", "since", "during", "after", "before");

    /** Words that follow a number without being what it counts ("5,000-strong", "30-odd"). */
    private static final List<String> NOT_NOUNS = List.of("strong", "so", "more",
            "are", "were", "was", "is", "be", "been", "have", "has", "had", "will", "would", "could");

    private final WordCursor cursor;
    private final List<String> words;
    private final String currency;

    UnitReader(WordCursor cursor, String currency) {
        this.cursor = cursor;
        this.words = cursor.words;
        this.currency = currency;
    }

    /** The unit after the number: a currency, a measure, else the counted noun. */
    String read() {
        cursor.skip("-", "of");
        if (cursor.pos < words.size() && (words.get(cursor.pos).equals("us") || words.get(cursor.pos).equals("u.s"))
                && cursor.pos + 1 < words.size() && words.get(cursor.pos + 1).startsWith("dollar")) {
            cursor.pos++;
        }
        if (cursor.pos < words.size()) {
            String w = words.get(cursor.pos);
            Optional<String> money = Units.currencyOfWord(w);
            if (money.isPresent()) {
                return money.get();
            }
            if (w.equals(Units.PERCENTAGE_POINT) || w.equals(BASIS_POINT)) {
                return w;
            }
            if ((w.equals("degree") || w.equals("degrees")) && cursor.pos + 1 < words.size()) {
                // "47 degrees Celsius", "116 degrees F": the scale names the unit
                Optional<String> scale = Units.measureOfWord(words.get(cursor.pos + 1).replace("°", ""));
                if (scale.isPresent() && (scale.get().equals("celsius") || scale.get().equals("fahrenheit"))) {
                    return scale.get();
                }
            }
            Optional<String> measure = Units.measureOfWord(w);
            if (measure.isPresent() && !(currency != null && measure.get().equals("metre"))) {
                return measure.get();
            }
        }
        if (currency != null) {
            return currency;
        }
        if (cursor.matches("on the richter")) {
            return "magnitude"; // "6.0 on the Richter scale"
        }
        String noun = "";
        for (int i = cursor.pos; i < words.size(); i++) {
            String w = words.get(i);
            if (UNIT_STOP_WORDS.contains(w)) {
                break;
            }
            if (NOT_NOUNS.contains(w) || w.equals("-")) {
                continue;
            }
            if (w.chars().allMatch(Character::isLetter)) {
                noun = w;
            }
        }
        return noun.isEmpty() ? "" : Units.singularNoun(noun);
    }
}
