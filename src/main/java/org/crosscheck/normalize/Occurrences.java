package org.crosscheck.normalize;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Picks which occurrence of a recurring date ("March", "Friday", "the third quarter",
 * "summer") a phrase means, given the publication date and the clause's tense. This is
 * where Crosscheck differs from SUTime, which always resolves forward.
 */
final class Occurrences {

    /** What the phrase says about the occurrence: nothing, or "last", "this", "next". */
    enum Relation { PLAIN, LAST, THIS, NEXT }

    private Occurrences() {
    }

    /**
     * Chooses among candidates in chronological order.
     * <ul>
     * <li>PLAIN + PAST: the latest that has begun by publication ("in March" in September is
     *     this year's March; "on Friday" is the Friday on or before publication)</li>
     * <li>PLAIN + FUTURE: the earliest that has not ended by publication</li>
     * <li>PLAIN + PRESENT/UNKNOWN: the one containing publication, else the nearest
     *     (a tie goes to the past: news mostly reports)</li>
     * <li>LAST: the latest that ended before publication; NEXT: the earliest that begins
     *     after it; THIS: the one containing publication, else the one {@code sameSpan}
     *     accepts (the same ISO week for a weekday, the same year for a month)</li>
     * </ul>
     */
    static Optional<DateValue> choose(List<DateValue> candidates, LocalDate published, Tense tense,
                                      Relation relation, Predicate<DateValue> sameSpan) {
        Optional<DateValue> containing = candidates.stream().filter(c -> contains(c, published)).findFirst();
        return switch (relation) {
            case LAST -> latest(candidates, c -> c.last().isBefore(published));
            case NEXT -> earliest(candidates, c -> c.first().isAfter(published));
            case THIS -> containing.isPresent() ? containing
                    : candidates.stream().filter(sameSpan).findFirst();
            case PLAIN -> switch (tense) {
                case PAST -> latest(candidates, c -> !c.first().isAfter(published));
                case FUTURE -> earliest(candidates, c -> !c.last().isBefore(published));
                default -> containing.isPresent() ? containing : nearest(candidates, published);
            };
        };
    }

    private static boolean contains(DateValue c, LocalDate day) {
        return !c.first().isAfter(day) && !c.last().isBefore(day);
    }

    private static Optional<DateValue> latest(List<DateValue> candidates, Predicate<DateValue> ok) {
        return candidates.stream().filter(ok).reduce((a, b) -> b);
    }

    private static Optional<DateValue> earliest(List<DateValue> candidates, Predicate<DateValue> ok) {
        return candidates.stream().filter(ok).findFirst();
    }

    private static Optional<DateValue> nearest(List<DateValue> candidates, LocalDate published) {
        return candidates.stream().min(Comparator.comparingLong((DateValue c) -> distance(c, published))
                .thenComparing(c -> c.first().isAfter(published)));
    }

    private static long distance(DateValue c, LocalDate day) {
        if (c.last().isBefore(day)) {
            return ChronoUnit.DAYS.between(c.last(), day);
        }
        if (c.first().isAfter(day)) {
            return ChronoUnit.DAYS.between(day, c.first());
        }
        return 0;
    }
}
