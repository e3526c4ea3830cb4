package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a number as written in English news ("more than 5,000 troops", "about 3,000",
 * "dozens", "between one and five", "$2 billion", "40 per cent", "a Briton") into a
 * {@link Quantity}: an interval whose bounds carry the hedge. The one place numbers are read;
 * claim extraction and comparison both use it.
 *
 * <p>Intervals by hedge (x = the stated number):
 * <ul>
 * <li>EXACT: [x, x]</li>
 * <li>MORE_THAN ("more than", "over", "above", "in excess of"): (x, +inf), the open bound
 *     stored as {@code Math.nextUp(x)}; "just over x" is capped at 1.1x</li>
 * <li>AT_LEAST ("at least", "no fewer than"): [x, +inf)</li>
 * <li>LESS_THAN ("fewer than", "less than", "under", "below"): [0, x), stored as nextDown(x)</li>
 * <li>AT_MOST ("up to", "at most", "as many as", "no more than"): [0, x]</li>
 * <li>ABOUT ("about", "around", "some", "roughly", "approximately", "an estimated"):
 *     [0.9x, 1.1x]; "nearly", "almost", "close to", "just under": [0.9x, x]</li>
 * <li>RANGE ("1-5", "between one and five", "three to four", "three or four"): [a, b]</li>
 * <li>VAGUE (quantifiers without a number): several [3, 9], a few [2, 5], a couple [2, 3],
 *     a handful [2, 6], dozens [24, 99], scores [40, 199], hundreds [200, 999], thousands
 *     [2000, 9999], tens of thousands [20000, 99999], hundreds of thousands, millions,
 *     "several hundred" [300, 999], "a few thousand" [2000, 5000], many/numerous [3, +inf)</li>
 * </ul>
 * Units: currencies as ISO codes with their multipliers ("£300m", "$2bn", "1.5 million
 * euros"), "percent", time units ("90 days", "9-hour"), "magnitude" ("6.1-magnitude"),
 * otherwise the counted noun in the singular (see {@link Units}).
 */
public final class NumberNormalizer {

    private static final double ABOUT_TOLERANCE = 0.10;

    private static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12),
            Map.entry("both", 2), Map.entry("single", 1), Map.entry("lone", 1));

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("k", 1e3),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    /** Hedge phrases, longest first so "no more than" wins over "more than". */
    private static final List<HedgeWords> HEDGES = List.of(
            new HedgeWords("no fewer than", Hedge.AT_LEAST, false),
            new HedgeWords("no less than", Hedge.AT_LEAST, false),
            new HedgeWords("a minimum of", Hedge.AT_LEAST, false),
            new HedgeWords("no more than", Hedge.AT_MOST, false),
            new HedgeWords("a maximum of", Hedge.AT_MOST, false),
            new HedgeWords("more or less", Hedge.ABOUT, false),
            new HedgeWords("in excess of", Hedge.MORE_THAN, false),
            new HedgeWords("upwards of", Hedge.MORE_THAN, false),
            new HedgeWords("greater than", Hedge.MORE_THAN, false),
            new HedgeWords("more than", Hedge.MORE_THAN, false),
            new HedgeWords("just over", Hedge.MORE_THAN, true),
            new HedgeWords("just under", Hedge.ABOUT, true),
            new HedgeWords("fewer than", Hedge.LESS_THAN, false),
            new HedgeWords("less than", Hedge.LESS_THAN, false),
            new HedgeWords("at least", Hedge.AT_LEAST, false),
            new HedgeWords("at most", Hedge.AT_MOST, false),
            new HedgeWords("up to", Hedge.AT_MOST, false),
            new HedgeWords("as many as", Hedge.AT_MOST, false),
            new HedgeWords("as much as", Hedge.AT_MOST, false),
            new HedgeWords("as few as", Hedge.AT_LEAST, false),
            new HedgeWords("close to", Hedge.ABOUT, true),
            new HedgeWords("an estimated", Hedge.ABOUT, false),
            new HedgeWords("estimated", Hedge.ABOUT, false),
            new HedgeWords("approximately", Hedge.ABOUT, false),
            new HedgeWords("approx", Hedge.ABOUT, false),
            new HedgeWords("roughly", Hedge.ABOUT, false),
            new HedgeWords("around", Hedge.ABOUT, false),
            new HedgeWords("about", Hedge.ABOUT, false),
            new HedgeWords("circa", Hedge.ABOUT, false),
            new HedgeWords("some", Hedge.ABOUT, false),
            new HedgeWords("nearly", Hedge.ABOUT, true),
            new HedgeWords("almost", Hedge.ABOUT, true),
            new HedgeWords("over", Hedge.MORE_THAN, false),
            new HedgeWords("above", Hedge.MORE_THAN, false),
            new HedgeWords("beyond", Hedge.MORE_THAN, false),
            new HedgeWords("under", Hedge.LESS_THAN, false),
            new HedgeWords("below", Hedge.LESS_THAN, false),
            new HedgeWords(">=", Hedge.AT_LEAST, false),
            new HedgeWords("<=", Hedge.AT_MOST, false),
            new HedgeWords(">", Hedge.MORE_THAN, false),
            new HedgeWords("<", Hedge.LESS_THAN, false),
            new HedgeWords("~", Hedge.ABOUT, false));

    /** Quantifiers with no number: [low, high] (high may be infinite), longest first. */
    private static final List<Vague> VAGUE = List.of(
            new Vague("hundreds of thousands", 200_000, 999_999),
            new Vague("tens of thousands", 20_000, 99_999),
            new Vague("tens of millions", 20_000_000, 99_999_999),
            new Vague("hundreds of millions", 200_000_000, 999_999_999),
            new Vague("several hundred thousand", 300_000, 999_999),
            new Vague("several hundred", 300, 999),
            new Vague("several thousand", 3_000, 9_999),
            new Vague("several million", 3_000_000, 9_999_999),
            new Vague("several dozen", 36, 108),
            new Vague("a few hundred", 200, 500),
            new Vague("a few thousand", 2_000, 5_000),
            new Vague("a few million", 2_000_000, 5_000_000),
            new Vague("a few dozen", 24, 60),
            new Vague("a couple of", 2, 3),
            new Vague("a couple", 2, 3),
            new Vague("a handful of", 2, 6),
            new Vague("a handful", 2, 6),
            new Vague("a number of", 2, Double.POSITIVE_INFINITY),
            new Vague("a few", 2, 5),
            new Vague("few", 2, 5),
            new Vague("several", 3, 9),
            new Vague("dozens", 24, 99),
            new Vague("scores", 40, 199),
            new Vague("hundreds", 200, 999),
            new Vague("thousands", 2_000, 9_999),
            new Vague("millions", 2_000_000, 9_999_999),
            new Vague("billions", 2e9, 9.999_999_999e9),
            new Vague("numerous", 3, Double.POSITIVE_INFINITY),
            new Vague("many", 3, Double.POSITIVE_INFINITY),
            new Vague("multiple", 2, Double.POSITIVE_INFINITY));

    private static final Pattern CURRENCY_SYMBOL = Pattern.compile("(us\\$|a\\$|c\\$|\\$|£|€|¥)");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final List<String> UNIT_STOP_WORDS =
            List.of("in", "at", "on", "from", "to", "by", "for", "per", "a", "an", "of", "who",
                    "which", "that", "with", "and", "or", "since", "during", "after", "before");

    /** Words that follow a number without being what it counts ("5,000-strong", "30-odd"). */
    private static final List<String> NOT_NOUNS = List.of("strong", "odd", "plus", "so", "more");

    /** Reads a number phrase; empty when it holds no number or quantifier. */
    public Optional<Quantity> normalize(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        List<String> words = words(phrase);
        String currency = null;
        Matcher symbol = CURRENCY_SYMBOL.matcher(String.join(" ", words));
        if (symbol.find()) {
            currency = Units.currencyOfSymbol(symbol.group(1)).orElse(null);
        }
        words.removeIf(w -> CURRENCY_SYMBOL.matcher(w).matches());
        return new Reader(words, currency).read();
    }

    /**
     * True when two stated quantities can both be right. Hedged values compare as intervals
     * ("more than 5,000" and "around 5,200" agree; "3,000" and "about 3,000" agree); two
     * exact numbers must be equal ("5,000" and "5,200" disagree). Quantities in different
     * measurement units (dollars and euros, percent and days) are never compatible; check
     * {@link #comparable} first to tell "incomparable" from "disagree".
     */
    public static boolean compatible(Quantity a, Quantity b) {
        if (!comparable(a, b)) {
            return false;
        }
        double scaleA = 1;
        double scaleB = 1;
        boolean converted = false;
        if (Units.isTime(a.unit()) && Units.isTime(b.unit()) && !a.unit().equals(b.unit())) {
            scaleA = Units.daysPer(a.unit());
            scaleB = Units.daysPer(b.unit());
            converted = true;
        }
        if (!converted && a.hedge() == Hedge.EXACT && b.hedge() == Hedge.EXACT) {
            return sameNumber(a.stated(), b.stated());
        }
        // Converting "three months" to days is approximate: allow the calendar's slack.
        double slack = converted ? 0.05 : 0;
        double aLow = a.low() * scaleA * (1 - slack);
        double aHigh = a.high() * scaleA * (1 + slack);
        double bLow = b.low() * scaleB * (1 - slack);
        double bHigh = b.high() * scaleB * (1 + slack);
        return aLow <= bHigh && bLow <= aHigh;
    }

    /**
     * True when the two quantities measure the same kind of thing: same measurement unit,
     * two time units, or at least one of them without a measurement unit (a count).
     */
    public static boolean comparable(Quantity a, Quantity b) {
        String ua = a.unit() == null ? "" : a.unit();
        String ub = b.unit() == null ? "" : b.unit();
        if (!Units.isMeasure(ua) || !Units.isMeasure(ub)) {
            return true;
        }
        return ua.equals(ub) || (Units.isTime(ua) && Units.isTime(ub));
    }

    private static boolean sameNumber(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }

    /** Lowercased words with numbers, symbols and hyphens split apart. */
    static List<String> words(String phrase) {
        String s = phrase.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("(?<=\\d),(?=\\d{3})", "")
                .replace("per cent", "percent")
                .replace("percentage points", "percentage_point")
                .replace("percentage point", "percentage_point")
                .replace("%", " percent ")
                .replaceAll("(>=|<=|[<>~])", " $1 ")
                .replaceAll("(us\\$|a\\$|c\\$|\\$|£|€|¥)", " $1 ")
                .replaceAll("(?<=\\d)(?=[a-z])", " ")
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
        return words;
    }

    private record HedgeWords(String phrase, Hedge hedge, boolean close) {
    }

    private record Vague(String phrase, double low, double high) {
    }

    /** A number read from the words: its value and how many words it took. */
    private record Number(double value, int next, boolean scaled) {
    }

    /** One pass over the words of one phrase. */
    private static final class Reader {
        private final List<String> words;
        private String currency;
        private int pos;

        Reader(List<String> words, String currency) {
            this.words = words;
            this.currency = currency;
        }

        Optional<Quantity> read() {
            skip("the");
            HedgeWords hedge = readHedge();
            if (hedge == null) {
                skip("just", "only", "another");
                hedge = readHedge();
            }
            skip("the");
            Optional<Quantity> range = readRange();
            if (range.isPresent()) {
                return range;
            }
            Optional<Vague> vague = readVague();
            if (vague.isPresent()) {
                Vague v = vague.get();
                if (hedge != null) {
                    return Optional.of(hedged(hedge, v.low(), unit()));
                }
                return Optional.of(new Quantity(v.low(), v.low(), v.high(), Hedge.VAGUE, unit()));
            }
            Optional<Number> number = readNumber(pos);
            if (number.isEmpty()) {
                return readArticleAsOne(hedge);
            }
            pos = number.get().next;
            double value = number.get().value;
            String unit = unit();
            if (hedge == null) {
                return Optional.of(Quantity.exact(value, unit));
            }
            return Optional.of(hedged(hedge, value, unit));
        }

        /** "a Briton", "an Iraqi", "a" alone: one of something. */
        private Optional<Quantity> readArticleAsOne(HedgeWords hedge) {
            if (pos < words.size() && (words.get(pos).equals("a") || words.get(pos).equals("an"))) {
                pos++;
                String unit = unit();
                return Optional.of(hedge == null ? Quantity.exact(1, unit) : hedged(hedge, 1, unit));
            }
            return Optional.empty();
        }

        private Quantity hedged(HedgeWords hedge, double x, String unit) {
            double floor = x > 0 ? 0 : Double.NEGATIVE_INFINITY;
            return switch (hedge.hedge()) {
                case MORE_THAN -> new Quantity(x, Math.nextUp(x),
                        hedge.close() ? x * (1 + ABOUT_TOLERANCE) : Double.POSITIVE_INFINITY,
                        Hedge.MORE_THAN, unit);
                case AT_LEAST -> new Quantity(x, x, Double.POSITIVE_INFINITY, Hedge.AT_LEAST, unit);
                case LESS_THAN -> new Quantity(x, floor, Math.nextDown(x), Hedge.LESS_THAN, unit);
                case AT_MOST -> new Quantity(x, floor, x, Hedge.AT_MOST, unit);
                case ABOUT -> hedge.close()
                        ? new Quantity(x, x * (1 - ABOUT_TOLERANCE), x, Hedge.ABOUT, unit)
                        : new Quantity(x, x * (1 - ABOUT_TOLERANCE), x * (1 + ABOUT_TOLERANCE),
                                Hedge.ABOUT, unit);
                default -> Quantity.exact(x, unit);
            };
        }

        private HedgeWords readHedge() {
            for (HedgeWords h : HEDGES) {
                if (matches(h.phrase())) {
                    int after = pos + h.phrase().split(" ").length;
                    // "some" and "over" only hedge a number: "some people" is not a quantity.
                    if (after < words.size() && startsNumberOrQuantifier(after)) {
                        pos = after;
                        return h;
                    }
                }
            }
            return null;
        }

        private boolean startsNumberOrQuantifier(int at) {
            if (readNumber(at).isPresent()) {
                return true;
            }
            String w = words.get(at);
            if (CURRENCY_SYMBOL.matcher(w).matches()) {
                return true;
            }
            if ((w.equals("a") || w.equals("an")) && at + 1 < words.size()) {
                return true;
            }
            int saved = pos;
            pos = at;
            boolean vague = readVague().isPresent();
            pos = saved;
            return vague;
        }

        /** "between one and five", "from 3 to 4", "1-5", "three to four", "three or four". */
        private Optional<Quantity> readRange() {
            int start = pos;
            boolean between = matches("between");
            boolean from = matches("from");
            int at = between || from ? pos + 1 : pos;
            Optional<Number> first = readNumber(at);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            int sep = first.get().next;
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
            if (secondAt < words.size() && CURRENCY_SYMBOL.matcher(words.get(secondAt)).matches()) {
                secondAt++;
            }
            Optional<Number> second = readNumber(secondAt);
            if (second.isEmpty()) {
                pos = start;
                return Optional.empty();
            }
            double low = first.get().value;
            double high = second.get().value;
            // "1-2 million": the scale written once applies to both ends.
            if (!first.get().scaled && second.get().scaled) {
                double scale = scaleOf(secondAt, second.get().next);
                if (low * scale <= high) {
                    low *= scale;
                }
            }
            if (low > high) {
                return Optional.empty();
            }
            pos = second.get().next;
            return Optional.of(new Quantity(low, low, high, Hedge.RANGE, unit()));
        }

        private double scaleOf(int from, int to) {
            double scale = 1;
            for (int i = from; i < to; i++) {
                Double s = SCALES.get(words.get(i));
                if (s != null) {
                    scale *= s;
                }
            }
            return scale;
        }

        private Optional<Vague> readVague() {
            for (Vague v : VAGUE) {
                if (matches(v.phrase())) {
                    pos += v.phrase().split(" ").length;
                    skip("of");
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }

        /** A written or spelled number with its scale words, starting at {@code at}. */
        private Optional<Number> readNumber(int at) {
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
            boolean scaled = false;
            while (next < words.size()) {
                String s = words.get(next);
                if (s.equals("dozen")) {
                    value *= 12;
                } else if (SCALES.containsKey(s)) {
                    value *= SCALES.get(s);
                } else if ((s.equals("m") || s.equals("b"))
                        && (currency != null || next + 1 < words.size() && s.equals("m"))) {
                    // "£300m", "$2b", "1.5m people"; a bare "300m" may be metres.
                    value *= s.equals("m") ? 1e6 : 1e9;
                } else {
                    break;
                }
                scaled = true;
                next++;
            }
            return Optional.of(new Number(value, next, scaled));
        }

        /** "twenty-five", "one hundred and twenty", "two million", "Seventeen". */
        private Optional<Number> readSpelled(int at) {
            double total = 0;
            double current = 0;
            int i = at;
            int last = at;
            boolean scaled = false;
            while (i < words.size()) {
                String w = words.get(i);
                if (SMALL_NUMBERS.containsKey(w)) {
                    int n = SMALL_NUMBERS.get(w);
                    if (w.equals("dozen")) {
                        current = (current == 0 ? 1 : current) * 12;
                    } else {
                        current += n;
                    }
                } else if (w.equals("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                    scaled = true;
                } else if (SCALES.containsKey(w) && !w.equals("k")) {
                    total += (current == 0 ? 1 : current) * SCALES.get(w);
                    current = 0;
                    scaled = true;
                } else if (joinsSpelledNumber(i)) {
                    i++;
                    continue;
                } else {
                    break;
                }
                i++;
                last = i;
            }
            return Optional.of(new Number(total + current, last, scaled));
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

        /** The unit after the number: a currency, a measure, else the counted noun. */
        private String unit() {
            skip("-", "of");
            if (pos < words.size() && (words.get(pos).equals("us") || words.get(pos).equals("u.s"))
                    && pos + 1 < words.size() && words.get(pos + 1).startsWith("dollar")) {
                pos++;
            }
            if (pos < words.size()) {
                String w = words.get(pos);
                Optional<String> money = Units.currencyOfWord(w);
                if (money.isPresent()) {
                    return money.get();
                }
                if (w.equals(Units.PERCENTAGE_POINT)) {
                    return Units.PERCENTAGE_POINT;
                }
                Optional<String> measure = Units.measureOfWord(w);
                if (measure.isPresent() && !(currency != null && measure.get().equals("metre"))) {
                    return measure.get();
                }
            }
            if (currency != null) {
                return currency;
            }
            String noun = "";
            for (int i = pos; i < words.size(); i++) {
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

        private boolean matches(String phrase) {
            String[] parts = phrase.split(" ");
            if (pos + parts.length > words.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!words.get(pos + i).equals(parts[i])) {
                    return false;
                }
            }
            return true;
        }

        private void skip(String... fillers) {
            boolean moved = true;
            while (moved && pos < words.size()) {
                moved = false;
                for (String f : fillers) {
                    if (matches(f)) {
                        pos += f.split(" ").length;
                        moved = true;
                    }
                }
            }
        }
    }
}
