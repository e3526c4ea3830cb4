package org.crosscheck.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.normalize.Occurrences.Relation;

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

    private static final Map<String, String> SEASON_CODES = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

    private static final List<String> DECADE_WORDS = List.of(
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

    private final NumberNormalizer numbers = new NumberNormalizer();

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
        LocalDate pub = ctx.published();
        Matcher m;
        if ((m = WEEK_OF_DAY.matcher(s)).matches()) {
            // "the week of September 14": the ISO week holding that day.
            return read(m.group(1), ctx).filter(d -> !d.isPartial() && d.granularity() == Granularity.DAY)
                    .map(d -> Timex.week(d.first()));
        }
        if ((m = ISO_DAY.matcher(s)).matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = SLASHED_DAY.matcher(s)).matches()) {
            return slashedDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH_DAY.matcher(s)).matches()) {
            return monthDay(month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(1), ctx);
        }
        if ((m = DAY_MONTH.matcher(s)).matches()) {
            return monthDay(month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), m.group(1), ctx);
        }
        if ((m = MONTH_DAY_RANGE.matcher(s)).matches()) {
            return dayRange(month(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), ctx);
        }
        if ((m = DAY_RANGE_MONTH.matcher(s)).matches()) {
            return dayRange(month(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(4), ctx);
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return Optional.of(Timex.month(Integer.parseInt(m.group(2)), month(m.group(1))));
        }
        Optional<DateValue> deictic = deictic(s, pub);
        if (deictic.isPresent() || DatePhrase.isDeictic(s)) {
            return deictic;
        }
        if ((m = EARLIER_LATER_THIS.matcher(s)).matches()) {
            return earlierOrLater(m.group(1), m.group(2), unitGranularity(m.group(3)), pub);
        }
        if ((m = ROLLING.matcher(s)).matches()) {
            return rollingWindow(m.group(1), pub);
        }
        if ((m = WEEK_OF_MONTH.matcher(s)).matches()) {
            return weekOfMonth(m.group(1), month(m.group(2)), m.group(3), ctx);
        }
        if ((m = ANCHORED_DAY.matcher(s)).matches()) {
            return anchoredDay(m, ctx);
        }
        if ((m = RELATIVE_UNIT.matcher(s)).matches()) {
            return relativeUnit(m.group(1), unitGranularity(m.group(2)), ctx);
        }
        if ((m = MONTH_ALONE.matcher(s)).matches()) {
            return monthAlone(relation(m.group(1)), month(m.group(2)), m.group(3), ctx);
        }
        if ((m = WEEKDAY_ALONE.matcher(s)).matches()) {
            return weekday(relation(m.group(1)), weekday(m.group(2)), ctx);
        }
        if ((m = WEEKEND.matcher(s)).matches()) {
            return weekend(relation(m.group(1)), ctx);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(quarterNumber(m.group(1)), m.group(2), m.group(3), ctx);
        }
        if ((m = QUARTER_MONTHS.matcher(s)).matches() && month(m.group(2)) == month(m.group(1)) + 2) {
            return quarter((month(m.group(1)) + 2) / 3, m.group(3), m.group(4), ctx);
        }
        if ((m = QUARTER_CODE.matcher(s)).matches()) {
            int q = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            return quarter(q, m.group(2) != null ? m.group(2) : m.group(3), null, ctx);
        }
        if ((m = RELATIVE_QUARTER.matcher(s)).matches()) {
            return relativeUnit(m.group(1), Granularity.QUARTER, ctx);
        }
        if ((m = SEASON.matcher(s)).matches()) {
            return season(relation(m.group(1)), SEASON_CODES.get(m.group(2)), m.group(3), m.group(4), ctx);
        }
        if ((m = YEAR_ALONE.matcher(s)).matches()) {
            return Optional.of(Timex.year(Integer.parseInt(m.group(1))));
        }
        if ((m = YEAR_SPAN.matcher(s)).matches()) {
            return yearSpan(m.group(1), m.group(2));
        }
        if ((m = DECADE.matcher(s)).matches()) {
            return m.group(1) != null
                    ? Optional.of(Timex.decade(Integer.parseInt(m.group(1)) * 10))
                    : Optional.of(Timex.decade(twoDigitDecade(Integer.parseInt(m.group(2)) * 10, pub)));
        }
        if ((m = SPELLED_DECADE.matcher(s)).matches()) {
            return Optional.of(Timex.decade(twoDigitDecade(20 + 10 * DECADE_WORDS.indexOf(m.group(1)), pub)));
        }
        if ((m = DAY_OF_MONTH.matcher(s)).matches()) {
            return dayOfMonth(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), ctx);
        }
        if ((m = COUNTED.matcher(s)).matches()) {
            return counted(m.group(1), m.group(2), ctx);
        }
        if ((m = SPAN.matcher(s)).matches()) {
            return span(read(m.group(1), ctx), read(m.group(2), ctx));
        }
        return Optional.empty();
    }

    /**
     * "September 18 and September 22", "Monday to Wednesday": the days from the first date to the
     * last, when both ends are resolved dates of one granularity in that order.
     */
    private static Optional<DateValue> span(Optional<DateValue> from, Optional<DateValue> to) {
        if (from.isEmpty() || to.isEmpty() || from.get().isPartial() || to.get().isPartial()
                || from.get().granularity() != to.get().granularity() || to.get().first().isBefore(from.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(from.get().first(), to.get().last(), from.get().granularity(),
                from.get().timex() + "/" + to.get().timex()));
    }

    // ---- days -----------------------------------------------------------------------------

    private static Optional<DateValue> day(int year, int month, int day) {
        try {
            return Optional.of(DateValue.day(LocalDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "20/09/2020" or "9/20/2020": read only when one of the first two cannot be a month. */
    private static Optional<DateValue> slashedDay(int a, int b, int year) {
        if (a > 12 && b <= 12) {
            return day(year, b, a);
        }
        if (b > 12 && a <= 12) {
            return day(year, a, b);
        }
        return a == b ? day(year, a, b) : Optional.empty();
    }

    /**
     * A day of a month; without a year, the occurrence the tense points at, among those
     * falling on the weekday the text names if it names one ("Thursday, Oct. 1").
     */
    private static Optional<DateValue> monthDay(int month, int dayOfMonth, String year, String weekdayWord,
                                                DateContext ctx) {
        if (year != null) {
            return day(Integer.parseInt(year), month, dayOfMonth);
        }
        if (dayOfMonth < 1 || dayOfMonth > java.time.Month.of(month).maxLength()) {
            return Optional.empty();
        }
        if (ctx.published() == null) {
            return Optional.of(DateValue.partial(Granularity.DAY,
                    String.format("XXXX-%02d-%02d", month, dayOfMonth)));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = ctx.published().getYear() - 2; y <= ctx.published().getYear() + 2; y++) {
            day(y, month, dayOfMonth).ifPresent(candidates::add);
        }
        if (weekdayWord != null) {
            DayOfWeek named = weekday(weekdayWord);
            List<DateValue> onThatWeekday = candidates.stream()
                    .filter(c -> c.first().getDayOfWeek() == named).toList();
            if (!onThatWeekday.isEmpty()) {
                return Occurrences.choose(onThatWeekday, ctx.published(), Tense.UNKNOWN, Relation.PLAIN, c -> false);
            }
        }
        return Occurrences.choose(candidates, ctx.published(), ctx.tense(), Relation.PLAIN, c -> false);
    }

    /** "September 20-21": the days from one to the other, placed like the first day. */
    private static Optional<DateValue> dayRange(int month, int from, int to, String year, DateContext ctx) {
        if (to <= from) {
            return Optional.empty();
        }
        Optional<DateValue> first = monthDay(month, from, year, null, ctx);
        if (first.isEmpty() || first.get().isPartial()) {
            return first.map(f -> DateValue.partial(Granularity.DAY, f.timex()));
        }
        LocalDate start = first.get().first();
        LocalDate end;
        try {
            end = start.withDayOfMonth(to);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(start, end, Granularity.DAY, start + "/" + end));
    }

    /** "the 20th": a day of the publication month or one next to it. */
    private static Optional<DateValue> dayOfMonth(int dayOfMonth, DateContext ctx) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            return Optional.empty();
        }
        if (ctx.published() == null) {
            return Optional.of(DateValue.partial(Granularity.DAY, String.format("XXXX-XX-%02d", dayOfMonth)));
        }
        List<DateValue> candidates = new ArrayList<>();
        YearMonth pubMonth = YearMonth.from(ctx.published());
        for (int i = -2; i <= 2; i++) {
            YearMonth ym = pubMonth.plusMonths(i);
            if (ym.isValidDay(dayOfMonth)) {
                candidates.add(DateValue.day(ym.atDay(dayOfMonth)));
            }
        }
        return Occurrences.choose(candidates, ctx.published(), ctx.tense(), Relation.PLAIN, c -> false);
    }

    private static Optional<DateValue> weekday(Relation relation, DayOfWeek dow, DateContext ctx) {
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.DAY, "XXXX-WXX-" + dow.getValue()));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int i = -21; i <= 21; i++) {
            LocalDate d = pub.plusDays(i);
            if (d.getDayOfWeek() == dow) {
                candidates.add(DateValue.day(d));
            }
        }
        DateValue pubWeek = Timex.week(pub);
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, c -> pubWeek.overlaps(c));
    }

    private static Optional<DateValue> weekend(Relation relation, DateContext ctx) {
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.WEEK, "XXXX-WXX-WE"));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            candidates.add(Timex.weekend(pub.plusWeeks(i)));
        }
        DateValue pubWeek = Timex.week(pub);
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, c -> pubWeek.overlaps(c));
    }

    // ---- relative to publication or to the anchor -------------------------------------------

    private static Optional<DateValue> deictic(String s, LocalDate pub) {
        if (pub == null || !DatePhrase.isDeictic(s)) {
            return Optional.empty();
        }
        int offset = switch (s) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        return Optional.of(DateValue.day(pub.plusDays(offset)));
    }

    /** "this week", "last month", "next year", "the past year", "the following week". */
    private static Optional<DateValue> relativeUnit(String which, Granularity unit, DateContext ctx) {
        LocalDate pub = ctx.published();
        switch (which) {
            case "the previous", "the following", "the next", "the same", "that" -> {
                DateValue base = ctx.anchor() != null ? ctx.anchor() : pub == null ? null : DateValue.day(pub);
                if (base == null || base.isPartial()) {
                    return Optional.empty();
                }
                int step = which.equals("the previous") ? -1 : which.equals("the same") || which.equals("that") ? 0 : 1;
                LocalDate day = plus(step < 0 ? base.first() : base.last(), unit, step);
                return Optional.of(Timex.unitContaining(day, unit));
            }
            default -> {
                if (pub == null) {
                    return Optional.empty();
                }
                if (which.equals("past") || which.equals("the past") || which.equals("the last")) {
                    LocalDate first = plus(pub, unit, -1).plusDays(1);
                    return Optional.of(new DateValue(first, pub, unit, first + "/" + pub));
                }
                int step = which.equals("this") || which.equals("the") ? 0 : which.equals("last") || which.equals("previous") ? -1 : 1;
                return Optional.of(Timex.unitContaining(plus(pub, unit, step), unit));
            }
        }
    }

    /** "the past two weeks", "the last 24 hours": the window ending on publication. */
    private Optional<DateValue> rollingWindow(String amount, LocalDate pub) {
        Optional<Quantity> q = numbers.normalize(amount);
        if (pub == null || q.isEmpty() || q.get().hedge() != Hedge.EXACT || !Units.isTime(q.get().unit())) {
            return Optional.empty();
        }
        long days = Math.max(1, Math.round(q.get().stated() * Units.daysPer(q.get().unit())));
        LocalDate first = pub.minusDays(days);
        Granularity granularity = days < 7 ? Granularity.DAY : days < 28 ? Granularity.WEEK
                : days < 365 ? Granularity.MONTH : Granularity.YEAR;
        return Optional.of(new DateValue(first, pub, granularity, first + "/" + pub));
    }

    /** "the first week of October": days 1-7 (the last week: the last seven days). */
    private static Optional<DateValue> weekOfMonth(String ordinal, int month, String year, DateContext ctx) {
        Optional<DateValue> whole = year != null
                ? Optional.of(Timex.month(Integer.parseInt(year), month))
                : monthAlone(Relation.PLAIN, month, null, ctx);
        return whole.filter(w -> !w.isPartial()).map(w -> {
            LocalDate first = switch (ordinal) {
                case "first" -> w.first();
                case "second" -> w.first().plusDays(7);
                case "third" -> w.first().plusDays(14);
                case "fourth" -> w.first().plusDays(21);
                default -> w.last().minusDays(6);
            };
            LocalDate last = first.plusDays(6);
            return new DateValue(first, last, Granularity.WEEK, first + "/" + last);
        });
    }

    /** "earlier this month" is the month up to publication; "later this year" the rest of it. */
    private static Optional<DateValue> earlierOrLater(String side, String which, Granularity unit, LocalDate pub) {
        if (pub == null) {
            return Optional.empty();
        }
        int step = which.equals("this") ? 0 : which.equals("last") ? -1 : 1;
        DateValue whole = Timex.unitContaining(plus(pub, unit, step), unit);
        if (step != 0) {
            return Optional.of((side.equals("earlier") ? DatePhrase.Part.EARLY : DatePhrase.Part.LATE).narrow(whole));
        }
        return Optional.of(side.equals("earlier")
                ? new DateValue(whole.first(), pub, unit, whole.timex())
                : new DateValue(pub, whole.last(), unit, whole.timex()));
    }

    private static Optional<DateValue> anchoredDay(Matcher m, DateContext ctx) {
        DateValue base = ctx.anchor() != null ? ctx.anchor()
                : ctx.published() == null ? null : DateValue.day(ctx.published());
        if (base == null || base.isPartial()) {
            return Optional.empty();
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "same";
        int step = switch (word) {
            case "next", "following", "after", "later" -> 1;
            case "previous", "before", "earlier" -> -1;
            default -> 0;
        };
        return Optional.of(shift(base, step, step, "day"));
    }

    /** "two weeks later", "a decade later", "three days earlier", "two days ago". */
    private Optional<DateValue> counted(String amount, String direction, DateContext ctx) {
        Optional<Quantity> q = numbers.normalize(amount);
        if (q.isEmpty() || !Units.isTime(q.get().unit()) || Double.isInfinite(q.get().high())) {
            return Optional.empty();
        }
        boolean fromPublication = direction.equals("ago") || direction.equals("from now") || direction.equals("hence");
        DateValue base = !fromPublication && ctx.anchor() != null ? ctx.anchor()
                : ctx.published() == null ? null : DateValue.day(ctx.published());
        if (base == null || base.isPartial()) {
            return Optional.empty();
        }
        int sign = switch (direction) {
            case "ago", "earlier", "before", "previously", "prior" -> -1;
            default -> 1;
        };
        Quantity amountValue = q.get();
        double low = amountValue.hedge() == Hedge.EXACT || amountValue.hedge() == Hedge.ABOUT
                ? amountValue.stated() : Math.max(0, amountValue.low());
        double high = amountValue.hedge() == Hedge.EXACT || amountValue.hedge() == Hedge.ABOUT
                ? amountValue.stated() : amountValue.high();
        String unit = amountValue.unit();
        if (unit.equals("hour") || unit.equals("minute") || unit.equals("second")) {
            double perDay = 1 / Units.daysPer(unit);
            low = Math.floor(low / perDay);
            high = Math.ceil(high / perDay);
            unit = "day";
        }
        if (low != Math.rint(low) || high != Math.rint(high)) {
            return Optional.empty();
        }
        return Optional.of(sign > 0 ? shift(base, (long) low, (long) high, unit)
                : shift(base, -(long) high, -(long) low, unit));
    }

    /**
     * Moves an interval by between {@code low} and {@code high} units and widens the result
     * to whole units of the coarser of the base's granularity and the counted unit's: "two
     * weeks later" than a day is an ISO week, "a decade later" than 2010 is 2020.
     */
    private static DateValue shift(DateValue base, long low, long high, String unit) {
        Granularity unitGranularity = switch (unit) {
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "year", "decade", "century" -> Granularity.YEAR;
            default -> Granularity.DAY;
        };
        Granularity granularity = base.granularity().compareTo(unitGranularity) >= 0
                ? base.granularity() : unitGranularity;
        LocalDate first = plusUnits(base.first(), unit, low);
        LocalDate last = plusUnits(base.last(), unit, high);
        return Timex.covering(first, last, granularity);
    }

    private static LocalDate plusUnits(LocalDate day, String unit, long n) {
        return switch (unit) {
            case "week" -> day.plusWeeks(n);
            case "month" -> day.plusMonths(n);
            case "year" -> day.plusYears(n);
            case "decade" -> day.plusYears(10 * n);
            case "century" -> day.plusYears(100 * n);
            default -> day.plusDays(n);
        };
    }

    private static LocalDate plus(LocalDate day, Granularity unit, int n) {
        return switch (unit) {
            case DAY -> day.plusDays(n);
            case WEEK -> day.plusWeeks(n);
            case MONTH -> day.plusMonths(n);
            case QUARTER -> day.plusMonths(3L * n);
            case SEASON -> day.plusMonths(3L * n);
            case YEAR -> day.plusYears(n);
            case DECADE -> day.plusYears(10L * n);
        };
    }

    // ---- months, quarters, seasons, years ----------------------------------------------------

    private static Optional<DateValue> monthAlone(Relation relation, int month, String relativeYear, DateContext ctx) {
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.MONTH, String.format("XXXX-%02d", month)));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.month(pub.getYear() + yearStep(relativeYear), month));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.month(y, month));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, sameYearAs(pub));
    }

    private static Optional<DateValue> quarter(int quarter, String year, String relativeYear, DateContext ctx) {
        if (year != null) {
            return Optional.of(Timex.quarter(Integer.parseInt(year), quarter));
        }
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.QUARTER, "XXXX-Q" + quarter));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.quarter(pub.getYear() + yearStep(relativeYear), quarter));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.quarter(y, quarter));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), Relation.PLAIN, sameYearAs(pub));
    }

    private static Optional<DateValue> season(Relation relation, String code, String year, String relativeYear,
                                              DateContext ctx) {
        if (year != null) {
            return Optional.of(Timex.season(Integer.parseInt(year), code));
        }
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.SEASON, "XXXX-" + code));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.season(pub.getYear() + yearStep(relativeYear), code));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.season(y, code));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, c -> c.timex().startsWith(pub.getYear() + "-"));
    }

    private static Optional<DateValue> yearSpan(String from, String to) {
        int start = Integer.parseInt(from);
        int end = to.length() == 2 ? start / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
        if (end <= start && to.length() == 2) {
            end += 100; // "1999-00"
        }
        // A span of years in news is short; "2016-15" is not one.
        return end > start && (to.length() == 4 || end - start <= 20)
                ? Optional.of(Timex.years(start, end)) : Optional.empty();
    }

    /** "the '90s" is the 1990s; "the '20s" the 2020s once they have begun, else the 1920s. */
    private static int twoDigitDecade(int decade, LocalDate pub) {
        int reference = pub != null ? pub.getYear() : 2030;
        return 2000 + decade <= reference ? 2000 + decade : 1900 + decade;
    }

    private static Predicate<DateValue> sameYearAs(LocalDate pub) {
        return c -> c.first().getYear() == pub.getYear();
    }

    // ---- the SUTime hint ---------------------------------------------------------------------

    /** SUTime's value, trusted only when absolute and its year is written in the phrase. */
    private static Optional<DateValue> fromHint(String phrase, String hint) {
        if (hint == null || hint.length() < 4 || !phrase.contains(hint.substring(0, 4))) {
            return Optional.empty();
        }
        return Timex.parse(hint);
    }

    // ---- words -------------------------------------------------------------------------------

    private static Relation relation(String word) {
        if (word == null) {
            return Relation.PLAIN;
        }
        return switch (word) {
            case "last", "past" -> Relation.LAST;
            case "this" -> Relation.THIS;
            case "next", "coming" -> Relation.NEXT;
            default -> Relation.PLAIN;
        };
    }

    private static int yearStep(String relativeYear) {
        return relativeYear.equals("last") ? -1 : relativeYear.equals("next") ? 1 : 0;
    }

    private static Granularity unitGranularity(String unit) {
        return switch (unit) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "decade" -> Granularity.DECADE;
            default -> Granularity.YEAR;
        };
    }

    private static int quarterNumber(String word) {
        return switch (word) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static int month(String word) {
        return switch (word.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static DayOfWeek weekday(String word) {
        return switch (word.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
