package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.crosscheck.normalize.Occurrences.Relation;

/**
 * Resolves the named periods longer than a week: a month, a week of a month, a quarter, a
 * season, a span of years, a decade; without a year, the occurrence the tense points at.
 */
final class NamedPeriods {

    private NamedPeriods() {
    }

    static Optional<DateValue> monthAlone(Relation relation, int month, String relativeYear, DateContext ctx) {
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.MONTH, String.format("XXXX-%02d", month)));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.month(pub.getYear() + DateWords.yearStep(relativeYear), month));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.month(y, month));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, sameYearAs(pub));
    }

    /** "the first week of October": days 1-7 (the last week: the last seven days). */
    static Optional<DateValue> weekOfMonth(String ordinal, int month, String year, DateContext ctx) {
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

    static Optional<DateValue> quarter(int quarter, String year, String relativeYear, DateContext ctx) {
        if (year != null) {
            return Optional.of(Timex.quarter(Integer.parseInt(year), quarter));
        }
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.QUARTER, "XXXX-Q" + quarter));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.quarter(pub.getYear() + DateWords.yearStep(relativeYear), quarter));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.quarter(y, quarter));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), Relation.PLAIN, sameYearAs(pub));
    }

    static Optional<DateValue> season(Relation relation, String code, String year, String relativeYear,
                                              DateContext ctx) {
        if (year != null) {
            return Optional.of(Timex.season(Integer.parseInt(year), code));
        }
        LocalDate pub = ctx.published();
        if (pub == null) {
            return Optional.of(DateValue.partial(Granularity.SEASON, "XXXX-" + code));
        }
        if (relativeYear != null) {
            return Optional.of(Timex.season(pub.getYear() + DateWords.yearStep(relativeYear), code));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int y = pub.getYear() - 2; y <= pub.getYear() + 2; y++) {
            candidates.add(Timex.season(y, code));
        }
        return Occurrences.choose(candidates, pub, ctx.tense(), relation, c -> c.timex().startsWith(pub.getYear() + "-"));
    }

    static Optional<DateValue> yearSpan(String from, String to) {
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
    static int twoDigitDecade(int decade, LocalDate pub) {
        int reference = pub != null ? pub.getYear() : 2030;
        return 2000 + decade <= reference ? 2000 + decade : 1900 + decade;
    }

    private static Predicate<DateValue> sameYearAs(LocalDate pub) {
        return c -> c.first().getYear() == pub.getYear();
    }
}
