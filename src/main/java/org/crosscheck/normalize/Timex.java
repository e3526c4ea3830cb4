package org.crosscheck.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar units a date can be stated in, each with its TIMEX3-style value:
 * day "2020-09-20", ISO week "2020-W38", weekend "2020-W38-WE", month "2020-09",
 * quarter "2020-Q3", season "2020-SU" (SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb of the
 * next year: meteorological, northern hemisphere), year "2020", decade "199X", and a span of
 * several units as an ISO interval of its own units ("2016/2019").
 */
public final class Timex {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

    private Timex() {
    }

    public static DateValue day(LocalDate day) {
        return DateValue.day(day);
    }

    /** The ISO week (Monday to Sunday) containing the day. */
    public static DateValue week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateValue(monday, monday.plusDays(6), Granularity.WEEK, weekTimex(monday));
    }

    /** The Saturday and Sunday of the ISO week containing the day. */
    public static DateValue weekend(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateValue(monday.plusDays(5), monday.plusDays(6), Granularity.WEEK,
                weekTimex(monday) + "-WE");
    }

    public static DateValue month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new DateValue(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, ym.toString());
    }

    public static DateValue quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new DateValue(first, YearMonth.of(year, 3 * quarter).atEndOfMonth(),
                Granularity.QUARTER, year + "-Q" + quarter);
    }

    /** A season by its TIMEX3 code; winter runs from December into the next year. */
    public static DateValue season(int year, String code) {
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> throw new IllegalArgumentException("unknown season " + code);
        };
        LocalDate first = LocalDate.of(year, startMonth, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return new DateValue(first, last, Granularity.SEASON, year + "-" + code);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.YEAR, String.format("%04d", year));
    }

    /** The years from one to the other inclusive: "2016-19" is "2016/2019". */
    public static DateValue years(int from, int to) {
        return new DateValue(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31),
                Granularity.YEAR, from + "/" + to);
    }

    /** The decade starting at the given year: 1990 gives 1990-1999, "199X". */
    public static DateValue decade(int startYear) {
        int start = startYear - Math.floorMod(startYear, 10);
        return new DateValue(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31),
                Granularity.DECADE, (start / 10) + "X");
    }

    /** The calendar unit of the given granularity that contains the day. */
    public static DateValue unitContaining(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day(day);
            case WEEK -> week(day);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case SEASON -> seasonContaining(day);
            case YEAR -> year(day.getYear());
            case DECADE -> decade(day.getYear());
        };
    }

    /**
     * The smallest run of whole units of the granularity covering both days: one unit's own
     * timex, or "first/last" in those units when it spans several.
     */
    public static DateValue covering(LocalDate first, LocalDate last, Granularity granularity) {
        DateValue a = unitContaining(first, granularity);
        DateValue b = unitContaining(last, granularity);
        if (a.equals(b)) {
            return a;
        }
        return new DateValue(a.first(), b.last(), granularity, a.timex() + "/" + b.timex());
    }

    private static DateValue seasonContaining(LocalDate day) {
        int m = day.getMonthValue();
        if (m == 12) {
            return season(day.getYear(), "WI");
        }
        if (m <= 2) {
            return season(day.getYear() - 1, "WI");
        }
        return season(day.getYear(), m <= 5 ? "SP" : m <= 8 ? "SU" : "FA");
    }

    private static String weekTimex(LocalDate monday) {
        return String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Reads an absolute TIMEX3 value (day, week, weekend, month, quarter, season, year,
     * decade); empty for partial, relative or unknown forms.
     */
    public static Optional<DateValue> parse(String timex) {
        if (timex == null) {
            return Optional.empty();
        }
        String t = timex.trim();
        try {
            Matcher m;
            if ((m = DAY.matcher(t)).matches()) {
                return Optional.of(day(LocalDate.parse(t)));
            }
            if ((m = WEEK.matcher(t)).matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(m.group(3) == null ? week(monday) : weekend(monday));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = SEASON.matcher(t)).matches()) {
                return Optional.of(season(Integer.parseInt(m.group(1)), m.group(2)));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = DECADE.matcher(t)).matches()) {
                return Optional.of(decade(Integer.parseInt(m.group(1)) * 10));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Pattern PARTIAL_DAY = Pattern.compile("XXXX-(\\d{2}|XX)-(\\d{2})");
    private static final Pattern PARTIAL_MONTH = Pattern.compile("XXXX-(\\d{2})");
    private static final Pattern PARTIAL_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
    private static final Pattern PARTIAL_QUARTER = Pattern.compile("XXXX-Q([1-4])");
    private static final Pattern PARTIAL_SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)");

    /** True when both timex values have the same shape (a month and a month, not a month and a weekday). */
    static boolean sameForm(String a, String b) {
        return shape(a).equals(shape(b));
    }

    /** False only when both partial values state a month and the months differ. */
    static boolean sameStatedMonth(String a, String b) {
        Matcher ma = STATED_MONTH.matcher(a);
        Matcher mb = STATED_MONTH.matcher(b);
        return !(ma.matches() && mb.matches()) || ma.group(1).equals(mb.group(1));
    }

    private static final Pattern STATED_MONTH = Pattern.compile("XXXX-(\\d{2})(?:-.*)?");

    private static String shape(String timex) {
        return timex.replaceAll("[0-9X]", "9");
    }

    /**
     * True when some day in [first, last] fits the partial timex (a September, a 20th, a
     * Friday, a third quarter, a summer). Forms it does not know count as fitting: an
     * unreadable partial value cannot refute anything.
     */
    static boolean partialFitsSomeDay(String partial, LocalDate first, LocalDate last) {
        if (last.toEpochDay() - first.toEpochDay() >= 366) {
            return true;
        }
        Matcher m;
        Predicate<LocalDate> fits;
        if ((m = PARTIAL_DAY.matcher(partial)).matches()) {
            String month = m.group(1);
            int dayOfMonth = Integer.parseInt(m.group(2));
            fits = d -> d.getDayOfMonth() == dayOfMonth && (month.equals("XX") || d.getMonthValue() == Integer.parseInt(month));
        } else if ((m = PARTIAL_MONTH.matcher(partial)).matches()) {
            int month = Integer.parseInt(m.group(1));
            fits = d -> d.getMonthValue() == month;
        } else if ((m = PARTIAL_WEEKDAY.matcher(partial)).matches()) {
            int dow = Integer.parseInt(m.group(1));
            fits = d -> d.getDayOfWeek().getValue() == dow;
        } else if ((m = PARTIAL_QUARTER.matcher(partial)).matches()) {
            int quarter = Integer.parseInt(m.group(1));
            fits = d -> d.get(IsoFields.QUARTER_OF_YEAR) == quarter;
        } else if ((m = PARTIAL_SEASON.matcher(partial)).matches()) {
            String code = m.group(1);
            fits = d -> seasonContaining(d).timex().endsWith(code);
        } else {
            return true;
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (fits.test(d)) {
                return true;
            }
        }
        return false;
    }
}
