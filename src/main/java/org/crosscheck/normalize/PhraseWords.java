package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a number phrase into the words the number readers walk: lowercased, thousands
 * separators dropped, numbers split from their units and symbols ("£300m" -> "£ 300 million"),
 * "per cent" -> "percent", "km per hour" -> "km/h", hyphens and brackets apart.
 */
final class PhraseWords {

    /** A currency symbol written before a number ("$", "US$", "£", "€"), a word of its own. */
    static final Pattern CURRENCY_SYMBOL = Pattern.compile("(us\\$|a\\$|c\\$|nz\\$|hk\\$|s\\$|r\\$|\\$|£|€|¥|₹|₽|₩)");

    /**
     * "R2 million" is rand and "Rs 50 crore" rupees: a capital R or "Rs" right before the
     * figure, the South African and Indian way of writing them, read as the ISO code.
     */
    private static final Pattern RAND_SIGN = Pattern.compile("(?<![A-Za-z$])R(?=\\s?\\d)");
    private static final Pattern RUPEE_SIGN = Pattern.compile("(?<![A-Za-z])Rs\\.?(?=\\s?\\d)");

    /** Plurals without an "s" ending, which make a preceding "m" read as millions ("5m people"). */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police", "cattle");

    /**
     * Words that make a decimal with a glued "m" metres ("a 2.5m high wall"); without them it is
     * millions ("1.7m"), as in news that writes "£1.7m" and "1.5m people".
     */
    private static final String LENGTH_WORDS = WordLists.lines("/models/normalize/length-words.txt").stream()
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|", "(?:", ")\\b"));

    private PhraseWords() {
    }

    /** Lowercased words with numbers, symbols and hyphens split apart. */
    static List<String> of(String phrase) {
        String signed = RUPEE_SIGN.matcher(RAND_SIGN.matcher(phrase).replaceAll("ZAR ")).replaceAll("INR ");
        String s = signed.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("(?<=\\d),(?=\\d{3})", "")
                .replace("per cent", "percent")
                .replaceAll("basis points?|(?<=\\d)\\s*bps?\\b", " basis_point")
                .replaceAll("(?<=\\d)\\s*°", " °")
                .replaceAll("\\b(km|kilomet(?:re|er)s?)\\s*(/\\s*h(?:r|our)?|per hour)\\b", "km/h")
                .replaceAll("\\bmiles? (an|per) hour\\b", "mph")
                .replace("percentage points", "percentage_point")
                .replace("percentage point", "percentage_point")
                .replace("%", " percent ")
                .replaceAll("(>=|<=|[<>~+])", " $1 ")
                .replaceAll(CURRENCY_SYMBOL.pattern(), " $1 ")
                .replaceAll("(?<=\\d\\.\\d{1,3})m\\b(?!\\s*-?\\s*" + LENGTH_WORDS + ")", " million")
                .replaceAll("(?<=\\d)(?!(?:st|nd|rd|th)\\b)(?=[a-z])", " ")
                .replaceAll("-", " - ")
                .replaceAll("[,;:!?()\"\u201c\u201d]", " ")
                .replaceAll("(?<![a-z])'|'(?![a-z])|\u2019", " ");
        List<String> words = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            String cleaned = w.endsWith(".") && !w.matches("\\d+\\.\\d+") ? w.substring(0, w.length() - 1) : w;
            if (!cleaned.isEmpty()) {
                words.add(cleaned.replace('_', ' '));
            }
        }
        // "330m euros", "417m yuan", "5m people": an "m" before a currency or a plural noun is millions
        // of it; metres measure one thing ("a 5m wall", "5m high", "5m-long")
        for (int i = 1; i + 1 < words.size(); i++) {
            String next = words.get(i + 1);
            if (words.get(i).equals("m") && (Units.currencyOfWord(next).isPresent() || plural(next))) {
                words.set(i, "million");
            }
        }
        return words;
    }

    /** Whether a word reads as a plural noun: "people", "users", "tonnes", not "across" or "bus". */
    private static boolean plural(String word) {
        return IRREGULAR_PLURALS.contains(word) || word.length() > 3 && word.matches("[a-z]+s")
                && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }
}
