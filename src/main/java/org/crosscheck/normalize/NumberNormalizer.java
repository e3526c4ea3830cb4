package org.crosscheck.normalize;

import java.util.List;
import java.util.Locale;
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

    /**
     * How far above its figure an open lower bound is read when compared (see
     * {@link QuantityComparison}): generous, and as far as rival figures for one thing may lie
     * apart (the alignment's rival factor), so the reading only keeps such figures apart, never
     * sets them against each other.
     */
    public static final double OPEN_FLOOR_REACH = 3;

    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

    /** A race or elapsed time, hours:minutes:seconds ("2:02:17", "1:59:40.2"): a duration, not a clock time. */
    private static final Pattern RACE_TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)(?![\\d:])");

    /** Verbs of movement up or down a height ("fell", "climbed"), after which a glued "m" is metres. */
    private static final Set<String> LENGTH_VERBS = Set.copyOf(WordLists.lines("/models/normalize/length-verbs.txt"));
    /** A figure with a glued "m" ("1.5m", "60m"), the figure captured. */
    private static final Pattern GLUED_M = Pattern.compile("(\\d)m\\b");

    /** Verbs that put their figure as a floor passed ("have passed 1,200"): read as "more than". */
    private static final Set<String> PASSING_VERBS = Set.of("pass", "exceed", "surpass", "top");

    /** Reads a number phrase; empty when it holds no number or quantifier. */
    public Optional<Quantity> normalize(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        Matcher race = RACE_TIME.matcher(phrase);
        if (race.find() && PhraseWords.of(phrase.substring(race.end())).stream().noneMatch(QuantityReader.CLOCK_WORDS::contains)) {
            double seconds = Integer.parseInt(race.group(1)) * 3600 + Integer.parseInt(race.group(2)) * 60
                    + Double.parseDouble(race.group(3));
            return Optional.of(Quantity.exact(seconds, "second"));
        }
        if (CLOCK_TIME.matcher(phrase).find()) {
            return Optional.empty();
        }
        List<String> words = PhraseWords.of(phrase);
        String currency = takeCurrencySigns(words);
        return new QuantityReader(words, currency).read();
    }

    /**
     * The currency of the first sign written before a figure ("$", "£", "US$", "EUR 5m", "R2bn"),
     * or null; every such sign is taken out of the words.
     */
    private static String takeCurrencySigns(List<String> words) {
        String currency = null;
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            Optional<String> sign = PhraseWords.CURRENCY_SYMBOL.matcher(w).matches() ? Units.currencyOfSymbol(w)
                    : Units.isCurrencyCode(w) && i + 1 < words.size() && NumberReader.DIGITS.matcher(words.get(i + 1)).matches()
                    ? Units.currencyOfWord(w) : Optional.empty();
            if (sign.isPresent() || PhraseWords.CURRENCY_SYMBOL.matcher(w).matches()) {
                currency = sign.orElse(currency);
                words.remove(i);
            }
        }
        return currency;
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
        int stop = end + Hedges.trailingLength(tokens, end);
        // "5,000 U.S. troops", "dozens of people": adjectives and nouns right after the number.
        if (stop < tokens.size() && tokens.get(stop).word().equalsIgnoreCase("of")) {
            stop++;
        }
        while (stop < tokens.size() && (tokens.get(stop).isNoun() || tokens.get(stop).pos().startsWith("JJ"))) {
            stop++;
        }
        int nounsFrom = end + Hedges.trailingLength(tokens, end);
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
     * makes an unhedged figure read as "more than" it; a verb of height ("fell 1.5m") makes a glued
     * "m" metres.
     *
     * @param before the token before the phrase, or null at the start of the sentence
     */
    public Optional<Quantity> normalizeAfter(Token before, String phrase) {
        String lemma = before == null || before.lemma() == null ? "" : before.lemma().toLowerCase(Locale.ROOT);
        if (before != null && before.isVerb() && LENGTH_VERBS.contains(lemma) && phrase != null
                && GLUED_M.matcher(phrase).find()) {
            // "fell 1.5m": after a verb of height a glued "m" is metres, not millions
            return normalize(GLUED_M.matcher(phrase).replaceFirst("$1 metres"));
        }
        Optional<Quantity> plain = normalize(phrase);
        if (plain.isEmpty() || plain.get().hedge() != Hedge.EXACT || before == null || !before.isVerb()
                || before.lemma() == null || !PASSING_VERBS.contains(before.lemma().toLowerCase(Locale.ROOT))) {
            return plain;
        }
        return normalize("more than " + phrase).or(() -> plain);
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
        return Hedges.start(sentenceTokens, begin);
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
        return QuantityComparison.compatible(a, b);
    }

    /**
     * True when the two quantities measure the same kind of thing: same measurement unit,
     * two units of one dimension (time, length, speed), or at least one of them without a
     * measurement unit (a count).
     */
    public static boolean comparable(Quantity a, Quantity b) {
        return QuantityComparison.comparable(a, b);
    }
}
