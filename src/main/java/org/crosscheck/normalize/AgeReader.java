package org.crosscheck.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's age as news writes it into a {@link Quantity} in years: "36-year-old",
 * "a 22 year-old", "aged 58", "58 years old", "32" (in apposition: "Robert Buckley, 32,") as
 * the number itself; "in his early 30s" as 30-33, "in her 50s" or "in her fifties" as 50-59,
 * "mid-40s" as 44-46 (a {@link Hedge#RANGE}). The decades and their parts are data under
 * {@code models/normalize/}. Stateless and thread-safe.
 */
public final class AgeReader {

    public static final String YEAR = "year";

    private static final Map<String, String> DECADES = WordLists.table("/models/normalize/decades-of-life.txt");
    private static final Map<String, String> PARTS = WordLists.table("/models/normalize/decade-parts.txt");

    /** "early 30s", "mid-40s", "late teens", "fifties": an optional part, then a decade. */
    private static final Pattern DECADE = Pattern.compile("(?:\\b([a-z]+)\\s*-?\\s*)?\\b(\\d0)'?s\\b|(?:\\b([a-z]+)\\s*-?\\s*)?\\b([a-z]+ies|teens)\\b");
    /** The words around an age's number: "aged", "age", "-year-old", "years old", "yr-old". */
    private static final Pattern AGE_WORDS = Pattern.compile("\\b(?:aged|age)\\b|[\\s-]*\\b(?:years?|yrs?)\\b[\\s-]*(?:old\\b)?");

    private final NumberNormalizer numbers = new NumberNormalizer();

    /** The age the phrase states, in years; empty when it states none. */
    public Optional<Quantity> read(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        String text = phrase.toLowerCase(Locale.ROOT);
        Optional<Quantity> decade = decade(text);
        if (decade.isPresent()) {
            return decade;
        }
        String number = AGE_WORDS.matcher(text).replaceAll(" ").strip();
        return numbers.normalize(number)
                .filter(q -> q.unit() == null || q.unit().isBlank() || q.unit().equals(YEAR))
                .filter(q -> q.stated() > 0 && q.stated() < 130 && (Double.isInfinite(q.high()) || q.high() < 130))
                .map(q -> new Quantity(q.stated(), q.low(), q.high(), q.hedge(), YEAR));
    }

    /** "in his early 30s" -> 30-33, "fifties" -> 50-59; empty when the phrase names no decade of life. */
    private static Optional<Quantity> decade(String text) {
        Matcher m = DECADE.matcher(text);
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(3);
            int low;
            int high;
            if (m.group(2) != null) {
                low = Integer.parseInt(m.group(2));
                high = low + 9;
            } else if (DECADES.containsKey(m.group(4))) {
                String[] span = DECADES.get(m.group(4)).split("-");
                low = Integer.parseInt(span[0]);
                high = Integer.parseInt(span[1]);
            } else {
                continue;
            }
            if (part != null && PARTS.containsKey(part)) {
                String[] span = PARTS.get(part).split("-");
                int base = low - low % 10;
                int from = Math.max(low, base + Integer.parseInt(span[0]));
                high = Math.min(high, base + Integer.parseInt(span[1]));
                low = Math.min(from, high);
            }
            return Optional.of(new Quantity(low, low, high, Hedge.RANGE, YEAR));
        }
        return Optional.empty();
    }
}
