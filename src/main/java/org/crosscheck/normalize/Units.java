package org.crosscheck.normalize;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Normalised unit names: measurement units (currencies as ISO codes, "percent", time units,
 * "magnitude", distances, weights) and, for anything else, the counted noun in the singular
 * ("troops" -> "troop"). Only measurement units make two quantities incomparable; counted
 * nouns are left to alignment, which knows that "troops" and "soldiers" are one thing.
 */
public final class Units {

    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "percentage point";

    /** Currency words and ISO codes ("euros", "sterling", "usd") and their ISO codes. */
    private static final Map<String, String> CURRENCY_WORDS = upperCaseValues(
            WordLists.table("/models/normalize/currency-words.txt"));

    /** Length of each time unit in days, so durations in different units can be compared. */
    private static final Map<String, Double> TIME_UNIT_DAYS = Map.of(
            "second", 1.0 / 86400, "minute", 1.0 / 1440, "hour", 1.0 / 24, "day", 1.0,
            "week", 7.0, "month", 30.44, "year", 365.25, "decade", 3652.5, "century", 36525.0);

    /**
     * Measures of one dimension convert into each other: each unit's size in its dimension's
     * base unit (km for lengths, km/h for speeds), so "120 mph" meets "195 km/h".
     */
    private static final Map<String, Double> LENGTH_UNIT_KM = Map.of("km", 1.0, "mile", 1.609344, "metre", 0.001, "foot", 0.0003048);
    private static final Map<String, Double> SPEED_UNIT_KMH = Map.of("km/h", 1.0, "mph", 1.609344);

    /** Nouns that, after an ordinal, name a position in a sequence: "the 88th minute", "the 12th lap". */
    private static final String POSITION_PREFIX = "nth ";
    /** Sequence nouns and the sequence they number ("arrondissement" -> "district"). */
    private static final Map<String, String> SEQUENCE_NOUNS = WordLists.table("/models/normalize/sequence-nouns.txt");

    private static final Map<String, String> MEASURE_WORDS = Map.ofEntries(
            Map.entry("km/h", "km/h"), Map.entry("kph", "km/h"), Map.entry("kmh", "km/h"),
            Map.entry("kmph", "km/h"), Map.entry("mph", "mph"),
            Map.entry("celsius", "celsius"), Map.entry("centigrade", "celsius"), Map.entry("°c", "celsius"),
            Map.entry("c", "celsius"), Map.entry("fahrenheit", "fahrenheit"), Map.entry("°f", "fahrenheit"),
            Map.entry("f", "fahrenheit"),
            Map.entry("percent", PERCENT), Map.entry("pc", PERCENT), Map.entry("%", PERCENT),
            Map.entry("magnitude", "magnitude"), Map.entry("km", "km"),
            Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"),
            Map.entry("mile", "mile"), Map.entry("miles", "mile"),
            Map.entry("metre", "metre"), Map.entry("metres", "metre"), Map.entry("m", "metre"),
            Map.entry("meter", "metre"), Map.entry("meters", "metre"),
            Map.entry("ft", "foot"), Map.entry("foot", "foot"), Map.entry("feet", "foot"),
            Map.entry("kg", "kg"), Map.entry("kilogram", "kg"), Map.entry("kilograms", "kg"),
            Map.entry("tonne", "tonne"), Map.entry("tonnes", "tonne"),
            Map.entry("ton", "tonne"), Map.entry("tons", "tonne"),
            Map.entry("hectare", "hectare"), Map.entry("hectares", "hectare"),
            Map.entry("acre", "acre"), Map.entry("acres", "acre"),
            Map.entry("seconds", "second"), Map.entry("second", "second"),
            Map.entry("minutes", "minute"), Map.entry("minute", "minute"),
            Map.entry("hours", "hour"), Map.entry("hour", "hour"),
            Map.entry("days", "day"), Map.entry("day", "day"),
            Map.entry("weeks", "week"), Map.entry("week", "week"),
            Map.entry("months", "month"), Map.entry("month", "month"),
            Map.entry("years", "year"), Map.entry("year", "year"),
            Map.entry("decades", "decade"), Map.entry("decade", "decade"),
            Map.entry("centuries", "century"), Map.entry("century", "century"));

    private static final Set<String> MEASURE_UNITS = Set.of(
            PERCENT, PERCENTAGE_POINT, "magnitude", "km", "mile", "metre", "foot", "kg", "tonne",
            "km/h", "mph", "celsius", "fahrenheit",
            "hectare", "acre");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
            "people", "person", "children", "child", "men", "man", "women", "woman",
            "police", "police", "feet", "foot", "teeth", "tooth", "mice", "mouse");

    private Units() {
    }

    private static Map<String, String> upperCaseValues(Map<String, String> table) {
        Map<String, String> upper = new java.util.HashMap<>();
        table.forEach((word, code) -> upper.put(word, code.toUpperCase(java.util.Locale.ROOT)));
        return Map.copyOf(upper);
    }

    /** True for an ISO currency code written as a word ("usd", "EUR"). */
    public static boolean isCurrencyCode(String word) {
        return word != null && word.length() == 3
                && currencyOfWord(word).filter(code -> code.equalsIgnoreCase(word)).isPresent();
    }

    /**
     * The normalised unit for a word naming what a number counts or measures: a currency
     * word as its ISO code, a measure ("per cent", "kilometres", "days") as its unit, any
     * other noun in the lowercase singular ("Troops" -> "troop"); empty for null or blank.
     */
    public static String unitOf(String word) {
        if (word == null || word.isBlank()) {
            return "";
        }
        String w = word.trim().toLowerCase(java.util.Locale.ROOT).replace("per cent", "percent");
        return currencyOfWord(w).or(() -> measureOfWord(w)).orElseGet(() -> singularNoun(w));
    }

    /** The ISO code for a currency word ("dollars", "euro", "sterling"), if it is one. */
    public static Optional<String> currencyOfWord(String word) {
        return Optional.ofNullable(CURRENCY_WORDS.get(word.toLowerCase()));
    }

    /** The ISO code for a currency symbol as written before a number ("$", "US$", "£", "€", "R$", "₹"). */
    public static Optional<String> currencyOfSymbol(String symbol) {
        return switch (symbol.toLowerCase()) {
            case "$", "us$" -> Optional.of("USD");
            case "£" -> Optional.of("GBP");
            case "€" -> Optional.of("EUR");
            case "¥" -> Optional.of("JPY");
            case "a$" -> Optional.of("AUD");
            case "c$" -> Optional.of("CAD");
            case "nz$" -> Optional.of("NZD");
            case "hk$" -> Optional.of("HKD");
            case "s$" -> Optional.of("SGD");
            case "r$" -> Optional.of("BRL");
            case "₹" -> Optional.of("INR");
            case "₽" -> Optional.of("RUB");
            case "₩" -> Optional.of("KRW");
            default -> Optional.empty();
        };
    }

    /** The measurement unit a word names ("per cent" arrives as "percent"), if any. */
    public static Optional<String> measureOfWord(String word) {
        return Optional.ofNullable(MEASURE_WORDS.get(word.toLowerCase()));
    }

    /** True for units whose mismatch makes two numbers incomparable (not counted nouns). */
    public static boolean isMeasure(String unit) {
        return unit != null && (MEASURE_UNITS.contains(unit) || CURRENCY_WORDS.containsValue(unit)
                || TIME_UNIT_DAYS.containsKey(unit)
                || unit.startsWith(POSITION_PREFIX));
    }

    /** True for time units ("day", "hour", "year"...), which convert into each other. */
    public static boolean isTime(String unit) {
        return unit != null && TIME_UNIT_DAYS.containsKey(unit);
    }

    /**
     * The size of {@code unit} in the base unit of its dimension (days for time, km for
     * length, km/h for speed); NaN when the unit converts into no other.
     */
    public static double baseUnits(String unit) {
        if (unit == null) {
            return Double.NaN;
        }
        Double size = TIME_UNIT_DAYS.get(unit);
        if (size == null) {
            size = LENGTH_UNIT_KM.get(unit);
        }
        if (size == null) {
            size = SPEED_UNIT_KMH.get(unit);
        }
        return size == null ? Double.NaN : size;
    }

    /** True when two different measurement units measure one dimension ("mile" and "km", "day" and "hour"). */
    public static boolean convertible(String a, String b) {
        return dimension(a).isPresent() && dimension(a).equals(dimension(b));
    }

    /** A counted noun per period: "quake" counted "every day" is "quake per day". */
    public static String rate(String noun, String timeUnit) {
        return noun + " per " + timeUnit;
    }

    /** The period of a rate made by {@link #rate} ("day" for "quake per day"), or "" for a plain unit. */
    public static String period(String unit) {
        int at = unit == null ? -1 : unit.lastIndexOf(" per ");
        return at < 0 ? "" : unit.substring(at + " per ".length());
    }

    /** What a convertible unit measures: "time", "length" or "speed"; empty for any other unit. */
    public static Optional<String> dimension(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        if (isTime(unit)) {
            return Optional.of("time");
        }
        if (LENGTH_UNIT_KM.containsKey(unit)) {
            return Optional.of("length");
        }
        return SPEED_UNIT_KMH.containsKey(unit) ? Optional.of("speed") : Optional.empty();
    }

    /** True for a noun naming a position in a sequence after an ordinal ("minute", "lap", "district"). */
    public static boolean isSequenceNoun(String word) {
        return word != null && SEQUENCE_NOUNS.containsKey(singularNoun(word));
    }

    /** The unit of an ordinal position, "the 88th minute": kept apart from the duration "88 minutes". */
    public static String positionUnit(String sequenceNoun) {
        String noun = singularNoun(sequenceNoun);
        return POSITION_PREFIX + SEQUENCE_NOUNS.getOrDefault(noun, noun);
    }

    /** Length of a time unit in days (a month is 30.44 days); NaN when not a time unit. */
    public static double daysPer(String timeUnit) {
        Double days = TIME_UNIT_DAYS.get(timeUnit);
        return days == null ? Double.NaN : days;
    }

    /** A counted noun in the singular, lowercased: "troops" -> "troop", "people" -> "person". */
    public static String singularNoun(String word) {
        String w = word.toLowerCase();
        String irregular = IRREGULAR_PLURALS.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.endsWith("men") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
