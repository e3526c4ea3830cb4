package org.crosscheck.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words numbers are written with, from {@code models/normalize/}: spelled numbers
 * ("twenty", "dozen", "both"), scale words ("million", "bn"), quantifiers without a number
 * ("dozens", "a few hundred") and fractions ("a third").
 */
final class NumberWords {

    static final Map<String, Integer> SMALL_NUMBERS = ints(WordLists.table("/models/normalize/small-numbers.txt"));

    static final Map<String, Double> SCALES = doubles(WordLists.table("/models/normalize/scales.txt"));

    /** Quantifiers with no number: [low, high] (high may be infinite), longest first. */
    static final List<Vague> VAGUE = WordLists.table("/models/normalize/vague-quantifiers.txt").entrySet().stream()
            .map(e -> Vague.of(e.getKey(), e.getValue())).toList();

    /** Fractions of a whole as percentages, so that "half" meets "50 per cent". */
    static final Map<String, Double> FRACTIONS = percentages(WordLists.table("/models/normalize/fractions.txt"));

    /** The fraction phrases, longest first so "one half" is tried before "half". */
    static final List<String> FRACTION_WORDS = FRACTIONS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList();

    /** A quantifier without a number and the interval it is read as. */
    record Vague(String phrase, double low, double high) {
        static Vague of(String phrase, String bounds) {
            String[] parts = bounds.split("\\s+");
            double high = parts[1].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[1]);
            return new Vague(phrase, Double.parseDouble(parts[0]), high);
        }
    }

    private NumberWords() {
    }

    private static Map<String, Integer> ints(Map<String, String> table) {
        Map<String, Integer> values = new LinkedHashMap<>();
        table.forEach((word, value) -> values.put(word, Integer.parseInt(value)));
        return Map.copyOf(values);
    }

    private static Map<String, Double> doubles(Map<String, String> table) {
        Map<String, Double> values = new LinkedHashMap<>();
        table.forEach((word, value) -> values.put(word, Double.parseDouble(value)));
        return Map.copyOf(values);
    }

    /** "1/3" as 100.0 * 1 / 3: the percentage a fraction of a whole is. */
    private static Map<String, Double> percentages(Map<String, String> table) {
        Map<String, Double> values = new LinkedHashMap<>();
        table.forEach((phrase, fraction) -> {
            String[] parts = fraction.split("/");
            values.put(phrase, 100.0 * Integer.parseInt(parts[0]) / Integer.parseInt(parts[1]));
        });
        return java.util.Collections.unmodifiableMap(values);
    }
}
