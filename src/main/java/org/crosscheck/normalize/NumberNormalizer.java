package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;

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
 * <li>compared with another figure, an open lower bound reaches {@link #OPEN_FLOOR_REACH} times its
 *     figure: "more than 300" is no longer read as compatible with "about 1,500"</li>
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
 * otherwise the counted noun in the singular (see {@link Units}). Fractions ("half", "a
 * third") and ratios ("1 in 5") are percentages. Clock times ("2pm", "14:00") are not
 * quantities. Stateless and thread-safe.
 */
public final class NumberNormalizer {

    private static final double ABOUT_TOLERANCE = 0.10;
    /**
     * How far above its figure an open lower bound is read when compared (see {@link #readHigh}):
     * generous, and as far as rival figures for one thing may lie apart (the alignment's rival
     * factor), so the reading only keeps such figures apart, never sets them against each other.
     */
    public static final double OPEN_FLOOR_REACH = 3;

    /** Hundredths of a percentage point, read as percentage points. */
    private static final String BASIS_POINT = "basis point";

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
            Map.entry("both", 2), Map.entry("single", 1), Map.entry("lone", 1), Map.entry("none", 0));

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("k", 1e3),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6),
            Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12), Map.entry("trn", 1e12));

    /** Hedge phrases, longest first so "no more than" wins over "more than". */
    private static final List<HedgeWords> HEDGES = List.of(
            new HedgeWords("no fewer than", Hedge.AT_LEAST, false),
            new HedgeWords("not fewer than", Hedge.AT_LEAST, false),
            new HedgeWords("not less than", Hedge.AT_LEAST, false),
            new HedgeWords("not more than", Hedge.AT_MOST, false),
            new HedgeWords("a total of", Hedge.EXACT, false),
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
            // emphasis, not a bound: "only 12", "just 5" (after "just over" and "just under")
            new HedgeWords("only", Hedge.EXACT, false),
            new HedgeWords("just", Hedge.EXACT, false),
            new HedgeWords(">=", Hedge.AT_LEAST, false),
            new HedgeWords("<=", Hedge.AT_MOST, false),
            new HedgeWords(">", Hedge.MORE_THAN, false),
            new HedgeWords("<", Hedge.LESS_THAN, false),
            new HedgeWords("~", Hedge.ABOUT, false));

    /** Hedges written after the number. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police", "cattle");

    /** Verbs that put their figure as a floor passed ("have passed 1,200"): read as "more than". */
    private static final Set<String> PASSING_VERBS = Set.of("pass", "exceed", "surpass", "top");

    private static final List<HedgeWords> TRAILING_HEDGES = List.of(
            new HedgeWords("or more", Hedge.AT_LEAST, false),
            new HedgeWords("or over", Hedge.AT_LEAST, false),
            new HedgeWords("or above", Hedge.AT_LEAST, false),
            new HedgeWords("plus", Hedge.AT_LEAST, false),
            new HedgeWords("+", Hedge.AT_LEAST, false),
            new HedgeWords("or so", Hedge.ABOUT, false),
            new HedgeWords("odd", Hedge.ABOUT, false),
            new HedgeWords("or fewer", Hedge.AT_MOST, false),
            new HedgeWords("or less", Hedge.AT_MOST, false),
            new HedgeWords("or under", Hedge.AT_MOST, false),
            new HedgeWords("at most", Hedge.AT_MOST, false),
            new HedgeWords("at least", Hedge.AT_LEAST, false));

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

    /** Fractions of a whole, read as percentages so that "half" meets "50 per cent". */
    private static final Map<String, Double> FRACTIONS = Map.ofEntries(
            Map.entry("half", 50.0), Map.entry("a half", 50.0), Map.entry("one half", 50.0),
            Map.entry("a third", 100.0 / 3), Map.entry("one third", 100.0 / 3),
            Map.entry("two thirds", 200.0 / 3), Map.entry("a quarter", 25.0),
            Map.entry("one quarter", 25.0), Map.entry("three quarters", 75.0),
            Map.entry("a fifth", 20.0), Map.entry("one fifth", 20.0), Map.entry("a tenth", 10.0));

    private static final List<String> FRACTION_WORDS = FRACTIONS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList();

    /** Words after a number that make it a clock time, not a quantity. */
    private static final List<String> CLOCK_WORDS = List.of("am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock", "hrs");

    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    /** A race or elapsed time, hours:minutes:seconds ("2:02:17", "1:59:40.2"): a duration, not a clock time. */
    private static final Pattern RACE_TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)(?![\\d:])");

    /** An ordinal written in digits: "88th", "1st", "22nd". */
    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    private static final Pattern CURRENCY_SYMBOL = Pattern.compile("(us\\$|a\\$|c\\$|\\$|£|€|¥)");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final List<String> UNIT_STOP_WORDS =
            List.of("in", "at", "on", "from", "to", "by", "for", "per", "a", "an", "of", "who", "the",
                    "its", "their", "his", "her", "our", "these", "those",
                    "which", "that", "with", "and", "or", "since", "during", "after", "before");

    /** Words that follow a number without being what it counts ("5,000-strong", "30-odd"). */
    private static final List<String> NOT_NOUNS = List.of("strong", "so", "more",
            "are", "were", "was", "is", "be", "been", "have", "has", "had", "will", "would", "could");

    /** What a decimal number before these words measures: "a 6.1 quake" is magnitude 6.1. */
    private static final List<String> QUAKE_WORDS = List.of("earthquake", "quake", "temblor", "tremor", "aftershock");

    /** Reads a number phrase; empty when it holds no number or quantifier. */
    public Optional<Quantity> normalize(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        Matcher race = RACE_TIME.matcher(phrase);
        if (race.find() && words(phrase.substring(race.end())).stream().noneMatch(CLOCK_WORDS::contains)) {
            double seconds = Integer.parseInt(race.group(1)) * 3600 + Integer.parseInt(race.group(2)) * 60
                    + Double.parseDouble(race.group(3));
            return Optional.of(Quantity.exact(seconds, "second"));
        }
        if (CLOCK_TIME.matcher(phrase).find()) {
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
     * Reads a number mention in its sentence: the hedge written before it ("more than") and
     * the noun run after it ("U.S. troops") are read with it, so the quantity carries its
     * bounds and what it counts.
     *
     * @param sentence the sentence holding the mention
     * @param mention  a NUMBER, MONEY, PERCENT or DURATION mention of that sentence
     */
    public Optional<Quantity> normalize(Sentence sentence, Mention mention) {
        List<Token> tokens = sentence.tokens();
        int begin = Math.max(0, Math.min(mention.tokenBegin(), tokens.size()));
        int end = Math.max(begin, Math.min(mention.tokenEnd(), tokens.size()));
        // "from 5,000 to 3,000": the start of a change is read with its value
        int start = begin > 0 && tokens.get(begin - 1).word().equalsIgnoreCase("from") ? begin - 1
                : hedgeStart(tokens, begin);
        int stop = end + trailingHedgeLength(tokens, end);
        // "5,000 U.S. troops", "dozens of people": adjectives and nouns right after the number.
        if (stop < tokens.size() && tokens.get(stop).word().equalsIgnoreCase("of")) {
            stop++;
        }
        while (stop < tokens.size() && (tokens.get(stop).isNoun() || tokens.get(stop).pos().startsWith("JJ"))) {
            stop++;
        }
        int nounsFrom = end + trailingHedgeLength(tokens, end);
        if (stop > nounsFrom && !tokens.get(stop - 1).isNoun()) {
            stop = nounsFrom;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i < stop; i++) {
            phrase.append(i > start ? " " : "").append(tokens.get(i).word());
        }
        return normalizeAfter(start > 0 ? tokens.get(start - 1) : null, phrase.toString());
    }

    /**
     * As {@link #normalize(String)}, knowing the token written just before the phrase: a verb that
     * puts the figure as a floor passed ("cases have passed 1,200", "sales topped $3bn", "exceed")
     * makes an unhedged figure read as "more than" it.
     *
     * @param before the token before the phrase, or null at the start of the sentence
     */
    public Optional<Quantity> normalizeAfter(Token before, String phrase) {
        Optional<Quantity> plain = normalize(phrase);
        if (plain.isEmpty() || plain.get().hedge() != Hedge.EXACT || before == null || !before.isVerb()
                || before.lemma() == null || !PASSING_VERBS.contains(before.lemma().toLowerCase(Locale.ROOT))) {
            return plain;
        }
        return normalize("more than " + phrase).or(() -> plain);
    }

    /** How many tokens after a number spell a hedge ("or more", "or so"); 0 when none. */
    private static int trailingHedgeLength(List<Token> tokens, int at) {
        for (HedgeWords h : TRAILING_HEDGES) {
            String[] parts = h.phrase().split(" ");
            boolean matches = at + parts.length <= tokens.size();
            for (int i = 0; i < parts.length && matches; i++) {
                matches = tokens.get(at + i).word().equalsIgnoreCase(parts[i]);
            }
            if (matches) {
                return parts.length;
            }
        }
        return 0;
    }

    /**
     * Where a number's phrase starts once the hedge written before it is included: CoreNLP
     * tags "5,000" in "more than 5,000", and the hedge words live here, so extraction asks
     * this class how far to reach back ("more than", "about", "at least", "nearly", "some",
     * "just over", "as many as"... and "between" for "between 1 and 5").
     *
     * @param sentenceTokens the sentence's tokens
     * @param begin          the position of the number's first token in {@code sentenceTokens}
     * @return the position of the hedge's first token, or {@code begin} when none precedes it
     */
    public static int hedgeStart(List<Token> sentenceTokens, int begin) {
        if (begin <= 0 || begin > sentenceTokens.size()) {
            return Math.max(0, Math.min(begin, sentenceTokens.size()));
        }
        int best = begin;
        List<String> phrases = new ArrayList<>();
        HEDGES.forEach(h -> phrases.add(h.phrase()));
        phrases.add("between");
        for (String phrase : phrases) {
            String[] parts = phrase.split(" ");
            int start = begin - parts.length;
            if (start < 0 || start >= best) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                matches = sentenceTokens.get(start + i).word().toLowerCase(Locale.ROOT).equals(parts[i]);
            }
            if (matches) {
                best = start;
            }
        }
        if (best < begin && best > 0 && sentenceTokens.get(best - 1).word().equalsIgnoreCase("just")) {
            best--;
        }
        // "between 40 and 80 percent": the tagger often marks only the upper figure; the range starts at "between"
        if (best == begin && begin >= 3 && sentenceTokens.get(begin - 1).word().equalsIgnoreCase("and")
                && "CD".equals(sentenceTokens.get(begin - 2).pos())
                && sentenceTokens.get(begin - 3).word().equalsIgnoreCase("between")) {
            best = begin - 3;
        }
        return best;
    }

    /**
     * True when two stated quantities can both be right. Hedged values compare as intervals
     * ("more than 5,000" and "around 5,200" agree; "3,000" and "about 3,000" agree); two
     * exact numbers must be equal ("5,000" and "5,200" disagree). A strict bound meets the
     * exact figure it names ("more than 5,000" and "5,000" agree): the exact report is most
     * likely the same figure rounded, and a false disagreement costs the researcher more
     * than a missed one. Quantities in different measurement units (dollars and euros,
     * percent and days) are never compatible; check {@link #comparable} first to tell
     * "incomparable" from "disagree". Durations in different time units, lengths in miles and
     * kilometres, speeds in mph and km/h are converted.
     */
    public static boolean compatible(Quantity a, Quantity b) {
        if (!comparable(a, b)) {
            return false;
        }
        double scaleA = 1;
        double scaleB = 1;
        boolean converted = false;
        if (Units.convertible(a.unit(), b.unit()) && !a.unit().equals(b.unit())) {
            scaleA = Units.baseUnits(a.unit());
            scaleB = Units.baseUnits(b.unit());
            converted = true;
        }
        if (!converted && a.hedge() == Hedge.EXACT && b.hedge() == Hedge.EXACT) {
            return sameNumber(a.stated(), b.stated());
        }
        if (!converted && (namesBoundOf(a, b) || namesBoundOf(b, a))) {
            return true;
        }
        // Converting "three months" to days or miles to km is approximate, and a converted
        // figure is usually rounded: allow that slack.
        double slack = converted ? 0.05 : 0;
        double aLow = a.low() * scaleA * (1 - slack);
        double aHigh = readHigh(a) * scaleA * (1 + slack);
        double bLow = b.low() * scaleB * (1 - slack);
        double bHigh = readHigh(b) * scaleB * (1 + slack);
        return aLow <= bHigh && bLow <= aHigh;
    }

    /**
     * True when the two quantities measure the same kind of thing: same measurement unit,
     * two units of one dimension (time, length, speed), or at least one of them without a
     * measurement unit (a count).
     */
    public static boolean comparable(Quantity a, Quantity b) {
        String ua = a.unit() == null ? "" : a.unit();
        String ub = b.unit() == null ? "" : b.unit();
        if (!Units.isMeasure(ua) || !Units.isMeasure(ub)) {
            return true;
        }
        return ua.equals(ub) || Units.convertible(ua, ub);
    }

    /**
     * The highest value a report's figure is read to allow. An open lower bound ("more than 300",
     * "at least 7") is written with the highest figure its source could vouch for: a report that
     * knew of 1,500 damaged houses would not write "more than 300". So, compared, it reaches
     * {@link #OPEN_FLOOR_REACH} times its figure, not infinity; "more than 5,000" still meets
     * "around 5,200".
     */
    private static double readHigh(Quantity q) {
        boolean openFloor = (q.hedge() == Hedge.MORE_THAN || q.hedge() == Hedge.AT_LEAST)
                && Double.isInfinite(q.high()) && q.stated() > 0;
        return openFloor ? q.stated() * OPEN_FLOOR_REACH : q.high();
    }

    private static boolean namesBoundOf(Quantity strict, Quantity exact) {
        return (strict.hedge() == Hedge.MORE_THAN || strict.hedge() == Hedge.LESS_THAN)
                && exact.hedge() == Hedge.EXACT && sameNumber(strict.stated(), exact.stated());
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
                .replaceAll("basis points?|(?<=\\d)\\s*bps?\\b", " basis_point")
                .replaceAll("(?<=\\d)\\s*°", " °")
                .replaceAll("\\b(km|kilomet(?:re|er)s?)\\s*(/\\s*h(?:r|our)?|per hour)\\b", "km/h")
                .replaceAll("\\bmiles? (an|per) hour\\b", "mph")
                .replace("percentage points", "percentage_point")
                .replace("percentage point", "percentage_point")
                .replace("%", " percent ")
                .replaceAll("(>=|<=|[<>~+])", " $1 ")
                .replaceAll("(us\\$|a\\$|c\\$|\\$|£|€|¥)", " $1 ")
                .replaceAll("(?<=\\d\\.\\d{1,3})m\\b", " million")
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

    private record HedgeWords(String phrase, Hedge hedge, boolean close) {
    }

    private record Vague(String phrase, double low, double high) {
    }

    /** A number read from the words: its value, the word after it, whether a scale word followed. */
    private record ReadNumber(double value, int next, double scale) {
        boolean scaled() {
            return scale != 1;
        }
    }

    /** One pass over the words of one phrase. */
    private static final class Reader {
        private final List<String> words;
        private final String currency;
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
            // "a 6.1 earthquake", "a 5,000-strong force": the article belongs to the noun.
            if ((matches("a") || matches("an")) && pos + 1 < words.size()
                    && DIGITS.matcher(words.get(pos + 1)).matches()) {
                pos++;
            }
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
            Optional<Quantity> fraction = readFraction(hedge);
            if (fraction.isPresent()) {
                return fraction;
            }
            String leadingUnit = null;
            if (matches("magnitude")) {
                leadingUnit = "magnitude";
                pos++;
            }
            Optional<Quantity> position = readPosition();
            if (position.isPresent()) {
                return position;
            }
            Optional<ReadNumber> number = readNumber(pos);
            if (number.isEmpty()) {
                return readArticleAsOne(hedge);
            }
            if (number.get().next < words.size() && CLOCK_WORDS.contains(words.get(number.get().next))) {
                return Optional.empty();
            }
            boolean decimal = words.get(pos).contains(".");
            pos = number.get().next;
            double value = number.get().value;
            if (hedge == null) {
                hedge = readTrailingHedge();
            }
            String unit = leadingUnit != null ? leadingUnit : unit();
            if (decimal && QUAKE_WORDS.contains(unit)) {
                unit = "magnitude";
            }
            if (unit.equals(BASIS_POINT)) {
                value /= 100; // "50 basis points" is half a percentage point
                unit = Units.PERCENTAGE_POINT;
            }
            if (hedge == null && Units.isTime(unit)) {
                Optional<Quantity> compound = readCompoundDuration(value, unit);
                if (compound.isPresent()) {
                    return compound;
                }
            }
            if (hedge == null) {
                return Optional.of(Quantity.exact(value, unit));
            }
            return Optional.of(hedged(hedge, value, unit));
        }

        /**
         * "two hours, two minutes and 17 seconds": the later parts of a duration written in
         * falling units, summed in the smallest; empty when no such part follows.
         */
        private Optional<Quantity> readCompoundDuration(double value, String unit) {
            int at = pos + 1; // past the first part's unit word
            double days = value * Units.daysPer(unit);
            String smallest = unit;
            int parts = 1;
            while (true) {
                int next = at;
                if (next < words.size() && words.get(next).equals("and")) {
                    next++;
                }
                Optional<ReadNumber> n = readNumber(next);
                if (n.isEmpty() || n.get().next >= words.size()) {
                    break;
                }
                String partUnit = Units.measureOfWord(words.get(n.get().next)).orElse("");
                if (!Units.isTime(partUnit) || Units.daysPer(partUnit) >= Units.daysPer(smallest)) {
                    break;
                }
                days += n.get().value * Units.daysPer(partUnit);
                smallest = partUnit;
                at = n.get().next + 1;
                parts++;
            }
            if (parts == 1) {
                return Optional.empty();
            }
            pos = at;
            double inSmallest = days / Units.daysPer(smallest);
            return Optional.of(Quantity.exact(Math.round(inSmallest * 1000) / 1000.0, smallest));
        }

        /**
         * "the 88th minute", "an 89th-minute header", "the 12th lap": an ordinal position in a
         * sequence is a value, in its own unit so it never meets the duration "88 minutes".
         */
        private Optional<Quantity> readPosition() {
            int start = pos;
            if ((matches("a") || matches("an")) && pos + 1 < words.size()) {
                start++; // "an 89th-minute header"
            }
            if (start >= words.size()) {
                return Optional.empty();
            }
            Matcher ordinal = DIGIT_ORDINAL.matcher(words.get(start));
            if (!ordinal.matches()) {
                return Optional.empty();
            }
            int at = start + 1;
            if (at < words.size() && words.get(at).equals("-")) {
                at++;
            }
            if (at >= words.size() || !Units.isSequenceNoun(words.get(at))) {
                return Optional.empty();
            }
            pos = at + 1;
            return Optional.of(Quantity.exact(Integer.parseInt(ordinal.group(1)), Units.positionUnit(words.get(at))));
        }

        /** "5,000 or more", "5,000-plus", "300 or so", "5,000-odd", "40 or fewer". */
        private HedgeWords readTrailingHedge() {
            skip("-");
            for (HedgeWords h : TRAILING_HEDGES) {
                if (matches(h.phrase())) {
                    pos += h.phrase().split(" ").length;
                    return h;
                }
            }
            return null;
        }

        /** "half", "a third", "two-thirds", "one in five": a share, as a percentage. */
        private Optional<Quantity> readFraction(HedgeWords hedge) {
            Optional<Quantity> ratio = readRatio(hedge);
            if (ratio.isPresent()) {
                return ratio;
            }
            for (String key : FRACTION_WORDS) {
                String spaced = key;
                if (matches(spaced) || matches(spaced.replace(" thirds", " - thirds").replace(" quarters", " - quarters"))) {
                    double share = FRACTIONS.get(key);
                    Optional<Quantity> ofUnit = fractionOfUnit(pos + key.split(" ").length, share, hedge);
                    if (ofUnit.isPresent()) {
                        return ofUnit;
                    }
                    // A fraction in prose is a rough share: "half" is about 50 per cent.
                    HedgeWords effective = hedge != null ? hedge : new HedgeWords("", Hedge.ABOUT, false);
                    return Optional.of(hedged(effective, share, Units.PERCENT));
                }
            }
            return Optional.empty();
        }

        /**
         * "half a percentage point", "a quarter of an hour", "half a mile": a fraction of one
         * measurement unit is that much of the unit, not a share of a whole.
         */
        private Optional<Quantity> fractionOfUnit(int at, double share, HedgeWords hedge) {
            int k = at;
            if (k < words.size() && words.get(k).equals("of")) {
                k++;
            }
            if (k + 1 >= words.size() || !(words.get(k).equals("a") || words.get(k).equals("an"))) {
                return Optional.empty();
            }
            String w = words.get(k + 1);
            String unit = w.equals(Units.PERCENTAGE_POINT) ? w : Units.measureOfWord(w).orElse("");
            if (!Units.isMeasure(unit) || unit.equals(Units.PERCENT)) {
                return Optional.empty();
            }
            pos = k + 2;
            double x = share / 100;
            return Optional.of(hedge == null ? Quantity.exact(x, unit) : hedged(hedge, x, unit));
        }

        /** "1 in 5", "three out of four": a share, as an exact percentage. */
        private Optional<Quantity> readRatio(HedgeWords hedge) {
            Optional<ReadNumber> part = readNumber(pos);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            int at = part.get().next;
            int wholeAt;
            if (at < words.size() && words.get(at).equals("in")) {
                wholeAt = at + 1;
            } else if (at + 1 < words.size() && words.get(at).equals("out") && words.get(at + 1).equals("of")) {
                wholeAt = at + 2;
            } else {
                return Optional.empty();
            }
            Optional<ReadNumber> whole = readNumber(wholeAt);
            if (whole.isEmpty() || whole.get().value <= 0 || part.get().value > whole.get().value) {
                return Optional.empty();
            }
            pos = whole.get().next;
            double share = 100 * part.get().value / whole.get().value;
            return Optional.of(hedge == null ? Quantity.exact(share, Units.PERCENT) : hedged(hedge, share, Units.PERCENT));
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
            boolean quantifier = readVague().isPresent() || readFraction(null).isPresent();
            pos = saved;
            return quantifier;
        }

        /** "between one and five", "from 3 to 4", "1-5", "three to four", "three or four". */
        private Optional<Quantity> readRange() {
            int start = pos;
            boolean between = matches("between");
            boolean from = matches("from");
            int at = between || from ? pos + 1 : pos;
            Optional<ReadNumber> first = readNumber(at);
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
            Optional<ReadNumber> second = readNumber(secondAt);
            if (second.isEmpty()) {
                pos = start;
                return Optional.empty();
            }
            double low = first.get().value;
            double high = second.get().value;
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
            pos = second.get().next;
            return Optional.of(new Quantity(low, low, high, Hedge.RANGE, unit()));
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
        private Optional<ReadNumber> readNumber(int at) {
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
                if (w.equals(Units.PERCENTAGE_POINT) || w.equals(BASIS_POINT)) {
                    return w;
                }
                if ((w.equals("degree") || w.equals("degrees")) && pos + 1 < words.size()) {
                    // "47 degrees Celsius", "116 degrees F": the scale names the unit
                    Optional<String> scale = Units.measureOfWord(words.get(pos + 1).replace("°", ""));
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
