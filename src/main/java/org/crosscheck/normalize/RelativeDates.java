package org.crosscheck.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Resolves dates counted from publication or from the date the text anchored before:
 * "yesterday", "last week", "earlier this month", "the past two weeks", "two days ago",
 * "three weeks later", "the next day".
 */
final class RelativeDates {

    private static final NumberNormalizer NUMBERS = new NumberNormalizer();

    private RelativeDates() {
    }

    static Optional<DateValue> deictic(String s, LocalDate pub) {
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
    static Optional<DateValue> relativeUnit(String which, Granularity unit, DateContext ctx) {
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
    static Optional<DateValue> rollingWindow(String amount, LocalDate pub) {
        Optional<Quantity> q = NUMBERS.normalize(amount);
        if (pub == null || q.isEmpty() || q.get().hedge() != Hedge.EXACT || !Units.isTime(q.get().unit())) {
            return Optional.empty();
        }
        long days = Math.max(1, Math.round(q.get().stated() * Units.daysPer(q.get().unit())));
        Granularity granularity = days < 7 ? Granularity.DAY : days < 28 ? Granularity.WEEK
                : days < 365 ? Granularity.MONTH : Granularity.YEAR;
        return onCalendar(() -> {
            LocalDate first = pub.minusDays(days);
            return new DateValue(first, pub, granularity, first + "/" + pub);
        });
    }

    /** "earlier this month" is the month up to publication; "later this year" the rest of it. */
    static Optional<DateValue> earlierOrLater(String side, String which, Granularity unit, LocalDate pub) {
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

    static Optional<DateValue> anchoredDay(Matcher m, DateContext ctx) {
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
    static Optional<DateValue> counted(String amount, String direction, DateContext ctx) {
        Optional<Quantity> q = NUMBERS.normalize(amount);
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
        String shiftUnit = unit;
        double from = low;
        double to = high;
        return onCalendar(() -> sign > 0 ? shift(base, (long) from, (long) to, shiftUnit)
                : shift(base, -(long) to, -(long) from, shiftUnit));
    }

    /**
     * The date made, when it lies in the years 1 to 9999: "108760271 months ago" or "the past
     * 1e999 years" mean no date a report could give, and would leave LocalDate's range.
     */
    private static Optional<DateValue> onCalendar(Supplier<DateValue> make) {
        try {
            DateValue d = make.get();
            return d.first().getYear() >= 1 && d.last().getYear() <= 9999 ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
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
}
