package org.crosscheck.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.normalize.Occurrences.Relation;

/**
 * Resolves phrases that name a day or a run of days: a date with or without its year, a day
 * of the month, a weekday, a weekend, a span between two dates. Without a year or week the
 * occurrence comes from {@link Occurrences}.
 */
final class Days {

    private Days() {
    }

    /**
     * "September 18 and September 22", "Monday to Wednesday": the days from the first date to the
     * last, when both ends are resolved dates of one granularity in that order.
     */
    static Optional<DateValue> span(Optional<DateValue> from, Optional<DateValue> to) {
        if (from.isEmpty() || to.isEmpty() || from.get().isPartial() || to.get().isPartial()
                || from.get().granularity() != to.get().granularity() || to.get().first().isBefore(from.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(from.get().first(), to.get().last(), from.get().granularity(),
                from.get().timex() + "/" + to.get().timex()));
    }

    static Optional<DateValue> day(int year, int month, int day) {
        try {
            return Optional.of(DateValue.day(LocalDate.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "20/09/2020" or "9/20/2020": read only when one of the first two cannot be a month. */
    static Optional<DateValue> slashedDay(int a, int b, int year) {
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
    static Optional<DateValue> monthDay(int month, int dayOfMonth, String year, String weekdayWord,
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
            DayOfWeek named = DateWords.weekday(weekdayWord);
            List<DateValue> onThatWeekday = candidates.stream()
                    .filter(c -> c.first().getDayOfWeek() == named).toList();
            if (!onThatWeekday.isEmpty()) {
                return Occurrences.choose(onThatWeekday, ctx.published(), Tense.UNKNOWN, Relation.PLAIN, c -> false);
            }
        }
        return Occurrences.choose(candidates, ctx.published(), ctx.tense(), Relation.PLAIN, c -> false);
    }

    /** "September 20-21": the days from one to the other, placed like the first day. */
    static Optional<DateValue> dayRange(int month, int from, int to, String year, DateContext ctx) {
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
    static Optional<DateValue> dayOfMonth(int dayOfMonth, DateContext ctx) {
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

    static Optional<DateValue> weekday(Relation relation, DayOfWeek dow, DateContext ctx) {
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

    static Optional<DateValue> weekend(Relation relation, DateContext ctx) {
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
}
