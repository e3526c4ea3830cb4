package org.crosscheck.normalize;

import static org.crosscheck.normalize.DateWords.month;
import static org.crosscheck.normalize.DateWords.relation;
import static org.crosscheck.normalize.DateWords.unitGranularity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Sentence;

/**
 * Turns a date as written in English news into a {@link DateValue}: an interval of days at
 * the granularity it was stated with, resolved against the article's publication date and
 * the clause's tense. The one place dates are read; claim extraction and comparison both
 * use it.
 *
 * <p>What it reads and produces (timex formats in {@link Timex}):
 * <ul>
 * <li>days: "September 20", "Sept. 20, 2020", "20 September", "the 20th of September",
 *     "Monday, September 28", "2020-09-20", "20/09/2020" (only when unambiguous), "the 20th"</li>
 * <li>weekdays: "on Friday", "Saturday night", "early Sunday", "last Friday", "next Monday";
 *     weekends: "last weekend", "over the weekend" (timex YYYY-Www-WE)</li>
 * <li>relative to publication: "today", "yesterday", "tomorrow", "last night", "this/last/
 *     next week" (ISO weeks), "this/last/next month", "earlier this month" (the month up to
 *     publication), "later this year", "this/last/next year", "the past year" (a rolling
 *     window, timex "first/last" in days)</li>
 * <li>months, quarters and seasons: "in March", "March 2020", "March last year", "the third
 *     quarter", "Q3 2020", "this summer", "last autumn", "in the spring"</li>
 * <li>years and decades: "in 2007", "2016-19" (timex "2016/2019"), "the 1990s" ("199X"),
 *     "the '90s", "the nineties", "since 2014" (the start year)</li>
 * <li>counted from the date the text anchored just before (else from publication): "two
 *     weeks later", "a decade later", "three days earlier", "the next day", "the following
 *     week", "that day"; counted from publication: "two days ago"</li>
 * <li>parts of a unit: "early", "mid", "late", "the beginning/start/middle/end of", "the
 *     first/second half of" narrow the interval (a month's end is its last third: days 21-30
 *     of September) and keep the unit's timex ("by the end of September" is 2020-09 with
 *     first 2020-09-21)</li>
 * </ul>
 * A phrase without a year takes the occurrence its tense points at (see {@link Occurrences}):
 * a past-tense "in March" in a September article is that year's March, a future-tense one
 * next year's. Without a publication date such a phrase stays partial ("XXXX-03",
 * "XXXX-09-20", "XXXX-WXX-5" for a Friday, "XXXX-Q3", "XXXX-SU") rather than guessed, and
 * phrases only publication can place ("yesterday", "last week") give nothing. Two dates are
 * compatible when their intervals overlap ({@link #compatible}). Stateless and thread-safe.
 */
public final class DateNormalizer {

    private static final String MONTH = "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul"
            + "|august|aug|september|sept|sep|october|oct|november|nov|december|dec)";
    private static final String WEEKDAY = "(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu"
            + "|friday|fri|saturday|sat|sunday|sun)";
    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** Years a news date can name: 1000 to 2199 ("0440" is a clock time, not a year). */
    private static final String YEAR = "(1\\d{3}|20\\d{2}|21\\d{2})";
    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2199;
    private static final TimeOfDayNormalizer TIMES = new TimeOfDayNormalizer();
    private static final String RELATIVE_YEAR = "(this|last|next) year";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:" + WEEKDAY + " )?(?:the )?" + MONTH + " (?:the )?" + ORDINAL + "(?: " + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:" + WEEKDAY + " )?(?:the )?" + ORDINAL + " (?:of )?" + MONTH + "(?: " + YEAR + ")?");
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            MONTH + " " + ORDINAL + " ?(?:-|to|and) ?" + ORDINAL + "(?: " + YEAR + ")?");
    private static final Pattern DAY_RANGE_MONTH = Pattern.compile(
            ORDINAL + " ?(?:-|to|and) ?" + ORDINAL + " (?:of )?" + MONTH + "(?: " + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " (?:of )?" + YEAR);
    /** Two dates written in full as the ends of a span ("September 18 and September 22"). */
    private static final Pattern SPAN = Pattern.compile("(.+?) (?:and|to|through|until|-) (.+)");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?:(last|this|next|coming|past) )?" + MONTH + "(?: (?:of )?" + RELATIVE_YEAR + ")?");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("the (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "(?:(last|this|next|coming|past) )?" + WEEKDAY);
    private static final Pattern WEEKEND = Pattern.compile("(?:(last|this|next|coming|past|the) )?weekend");
    private static final Pattern EARLIER_LATER_THIS = Pattern.compile(
            "(earlier|later) (this|last|next) (week|month|year)");
    private static final Pattern RELATIVE_UNIT = Pattern.compile(
            "(this|the|last|next|coming|previous|past|the past|the last|the coming|the previous|the following"
                    + "|the next|the same|that) (day|week|month|quarter|year|decade)");
    private static final Pattern QUARTER = Pattern.compile(
            "(?:the )?(first|second|third|fourth|final|1st|2nd|3rd|4th) (?:fiscal )?quarter"
                    + "(?: (?:of )?(?:" + YEAR + "|" + RELATIVE_YEAR + "))?");
    private static final Pattern QUARTER_CODE = Pattern.compile("q([1-4])(?: " + YEAR + ")?|" + YEAR + " q([1-4])");
    private static final Pattern RELATIVE_QUARTER = Pattern.compile("(this|last|next) quarter");
    /** "the April-June period", "the July to September quarter": a calendar quarter named by its months. */
    private static final Pattern QUARTER_MONTHS = Pattern.compile(
            "(?:the )?(jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?) (?:to |through )?"
                    + "(mar(?:ch)?|june?|sept?(?:ember)?|dec(?:ember)?) (?:period|quarter)"
                    + "(?: (?:of )?(?:" + YEAR + "|" + RELATIVE_YEAR + "))?");
    private static final Pattern SEASON = Pattern.compile(
            "(?:(last|this|next|coming|past|the) )?(spring|summer|autumn|fall|winter)"
                    + "(?: (?:of )?(?:" + YEAR + "|" + RELATIVE_YEAR + "))?");
    private static final Pattern YEAR_ALONE = Pattern.compile("(?:the year |fiscal )?" + YEAR);
    private static final Pattern YEAR_SPAN = Pattern.compile(YEAR + " ?(?:-|to|and|through|until|/) ?(\\d{2}|" + YEAR + ")");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(?:(\\d{3})0|'?(\\d)0)'?s");
    private static final Pattern SPELLED_DECADE = Pattern.compile(
            "(?:the )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)");
    private static final Pattern COUNTED = Pattern.compile(
            "(.+?) (ago|later|earlier|before|after|afterwards|afterward|on|from now|hence|previously|prior)");
    private static final Pattern ROLLING = Pattern.compile("(?:the )?(?:past|last) (.+ (?:hours|days|weeks|months|years|decades))");
    private static final Pattern WEEK_OF_MONTH = Pattern.compile(
            "(?:the )?(first|second|third|fourth|last|final) week (?:of|in) " + MONTH + "(?: " + YEAR + ")?");
    private static final Pattern WEEK_OF_DAY = Pattern.compile("(?:the )?week of (.+)");
    private static final Pattern ANCHORED_DAY = Pattern.compile(
            "(?:the )?(next|following|previous|same) day|that day|that|the day (before|after|earlier|later)");

    private static final Pattern DEICTIC = Pattern.compile(DatePhrase.DEICTIC);

    /**
     * One way a date is written: the phrase's pattern, a further check on the match, and how
     * the match is resolved. The first rule whose pattern matches the whole phrase (and whose
     * check passes) decides, even when it resolves to nothing.
     */
    private record Rule(Pattern pattern, Predicate<Matcher> applies,
                        BiFunction<Matcher, DateContext, Optional<DateValue>> resolve) {
        Rule(Pattern pattern, BiFunction<Matcher, DateContext, Optional<DateValue>> resolve) {
            this(pattern, m -> true, resolve);
        }
    }

    /** The rules in the order they are tried: days, then relative dates, then named periods. */
    private final List<Rule> rules = new ArrayList<>();

    public DateNormalizer() {
        rules.addAll(dayRules());
        rules.addAll(relativeRules());
        rules.addAll(periodRules());
        rules.addAll(lastRules());
    }

    /**
     * True when two dates can both be right: their intervals share a day ("last week" and a
     * day inside that ISO week). The rule itself is {@link DateValue#overlaps}.
     */
    public static boolean compatible(DateValue a, DateValue b) {
        return a.overlaps(b);
    }

    /**
     * Reads a date mention in its sentence: the tense comes from the sentence's verbs
     * ({@link TenseDetector}), the hint from CoreNLP's own value for the mention.
     *
     * @param sentence  the sentence holding the mention
     * @param mention   a DATE (or TIME) mention of that sentence
     * @param published the article's publication date, or null
     * @param anchor    the last date the text resolved before this one, or null
     */
    public Optional<DateValue> normalize(Sentence sentence, Mention mention, LocalDate published, DateValue anchor) {
        if (isClockTime(sentence, mention)) {
            return Optional.empty(); // "struck at 1353 (1023 GMT)": the tagger's DATE is a time of day
        }
        Tense tense = TenseDetector.tenseOf(sentence.tokens(), mention.tokenBegin(), mention.tokenEnd());
        return normalize(mention.text(), new DateContext(published, tense, anchor, mention.coreNlpNormalized()));
    }

    /** Reads a date phrase; empty when it is not a date or cannot be placed at all. */
    public Optional<DateValue> normalize(String phrase, DateContext ctx) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        DateContext context = ctx == null ? DateContext.of(null, Tense.UNKNOWN) : ctx;
        DatePhrase words = DatePhrase.of(phrase);
        Optional<DateValue> value = read(words.core(), context);
        if (value.isEmpty()) {
            value = fromHint(phrase, context.coreNlpTimex());
        }
        return value.map(words.part()::narrow);
    }

    private Optional<DateValue> read(String s, DateContext ctx) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(s);
            if (m.matches() && rule.applies().test(m)) {
                return rule.resolve().apply(m, ctx);
            }
        }
        return Optional.empty();
    }

    /** Days written with their month: "2020-09-20", "20/09/2020", "September 20", "20-21 September". */
    private List<Rule> dayRules() {
        return List.of(
                // "the week of September 14": the ISO week holding that day.
                new Rule(WEEK_OF_DAY, (m, ctx) -> read(m.group(1), ctx)
                        .filter(d -> !d.isPartial() && d.granularity() == Granularity.DAY)
                        .map(d -> Timex.week(d.first()))),
                new Rule(ISO_DAY, (m, ctx) -> Days.day(number(m, 1), number(m, 2), number(m, 3))),
                new Rule(SLASHED_DAY, (m, ctx) -> Days.slashedDay(number(m, 1), number(m, 2), number(m, 3))),
                new Rule(MONTH_DAY, (m, ctx) -> Days.monthDay(month(m.group(2)), number(m, 3), m.group(4), m.group(1), ctx)),
                new Rule(DAY_MONTH, (m, ctx) -> Days.monthDay(month(m.group(3)), number(m, 2), m.group(4), m.group(1), ctx)),
                new Rule(MONTH_DAY_RANGE, (m, ctx) ->
                        Days.dayRange(month(m.group(1)), number(m, 2), number(m, 3), m.group(4), ctx)),
                new Rule(DAY_RANGE_MONTH, (m, ctx) ->
                        Days.dayRange(month(m.group(3)), number(m, 1), number(m, 2), m.group(4), ctx)),
                new Rule(MONTH_YEAR, (m, ctx) -> Optional.of(Timex.month(number(m, 2), month(m.group(1))))));
    }

    /** Dates counted from publication or the anchor: "yesterday", "earlier this month", "the next day". */
    private List<Rule> relativeRules() {
        return List.of(
                new Rule(DEICTIC, (m, ctx) -> RelativeDates.deictic(m.group(), ctx.published())),
                new Rule(EARLIER_LATER_THIS, (m, ctx) ->
                        RelativeDates.earlierOrLater(m.group(1), m.group(2), unitGranularity(m.group(3)), ctx.published())),
                new Rule(ROLLING, (m, ctx) -> RelativeDates.rollingWindow(m.group(1), ctx.published())),
                new Rule(WEEK_OF_MONTH, (m, ctx) -> NamedPeriods.weekOfMonth(m.group(1), month(m.group(2)), m.group(3), ctx)),
                new Rule(ANCHORED_DAY, RelativeDates::anchoredDay),
                new Rule(RELATIVE_UNIT, (m, ctx) -> RelativeDates.relativeUnit(m.group(1), unitGranularity(m.group(2)), ctx)));
    }

    /** Named periods: months, weekdays, weekends, quarters, seasons, years, decades. */
    private List<Rule> periodRules() {
        return List.of(
                new Rule(MONTH_ALONE, (m, ctx) -> NamedPeriods.monthAlone(relation(m.group(1)), month(m.group(2)), m.group(3), ctx)),
                new Rule(WEEKDAY_ALONE, (m, ctx) -> Days.weekday(relation(m.group(1)), DateWords.weekday(m.group(2)), ctx)),
                new Rule(WEEKEND, (m, ctx) -> Days.weekend(relation(m.group(1)), ctx)),
                new Rule(QUARTER, (m, ctx) ->
                        NamedPeriods.quarter(DateWords.quarterNumber(m.group(1)), m.group(2), m.group(3), ctx)),
                new Rule(QUARTER_MONTHS, m -> month(m.group(2)) == month(m.group(1)) + 2, (m, ctx) ->
                        NamedPeriods.quarter((month(m.group(1)) + 2) / 3, m.group(3), m.group(4), ctx)),
                new Rule(QUARTER_CODE, (m, ctx) -> NamedPeriods.quarter(number(m, m.group(1) != null ? 1 : 4),
                        m.group(2) != null ? m.group(2) : m.group(3), null, ctx)),
                new Rule(RELATIVE_QUARTER, (m, ctx) -> RelativeDates.relativeUnit(m.group(1), Granularity.QUARTER, ctx)),
                new Rule(SEASON, (m, ctx) ->
                        NamedPeriods.season(relation(m.group(1)), DateWords.SEASON_CODES.get(m.group(2)), m.group(3), m.group(4), ctx)),
                new Rule(YEAR_ALONE, (m, ctx) -> Optional.of(Timex.year(number(m, 1)))),
                new Rule(YEAR_SPAN, (m, ctx) -> NamedPeriods.yearSpan(m.group(1), m.group(2))),
                new Rule(DECADE, (m, ctx) -> Optional.of(m.group(1) != null
                        ? Timex.decade(number(m, 1) * 10)
                        : Timex.decade(NamedPeriods.twoDigitDecade(number(m, 2) * 10, ctx.published())))),
                new Rule(SPELLED_DECADE, (m, ctx) -> Optional.of(Timex.decade(
                        NamedPeriods.twoDigitDecade(20 + 10 * DateWords.DECADE_WORDS.indexOf(m.group(1)), ctx.published())))));
    }

    /** Tried last, as they would swallow longer forms: "the 20th", "two weeks later", "X to Y". */
    private List<Rule> lastRules() {
        return List.of(
                new Rule(DAY_OF_MONTH, (m, ctx) -> Days.dayOfMonth(number(m, m.group(1) != null ? 1 : 2), ctx)),
                new Rule(COUNTED, (m, ctx) -> RelativeDates.counted(m.group(1), m.group(2), ctx)),
                new Rule(SPAN, (m, ctx) -> Days.span(read(m.group(1), ctx), read(m.group(2), ctx))));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean isClockTime(Sentence sentence, Mention mention) {
        int start = mention.start() - sentence.start();
        int end = mention.end() - sentence.start();
        return start >= 0 && end <= sentence.text().length() && TIMES.isClockTime(sentence.text(), start, end);
    }

    // ---- the SUTime hint ---------------------------------------------------------------------

    /** SUTime's value, trusted only when absolute and its year is written in the phrase. */
    private static Optional<DateValue> fromHint(String phrase, String hint) {
        if (hint == null || hint.length() < 4 || !phrase.contains(hint.substring(0, 4))) {
            return Optional.empty();
        }
        // the same years as the phrase's own reading: SUTime reads "0737" (a clock time) as the year 737
        return Timex.parse(hint).filter(v -> v.first().getYear() >= FIRST_YEAR && v.last().getYear() <= LAST_YEAR);
    }
}
