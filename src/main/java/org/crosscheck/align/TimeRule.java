package org.crosscheck.align;

import java.time.temporal.ChronoUnit;

import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;

/**
 * Events of different times are different events: a figure of a background event (the quake of
 * December 2003, last April's) never meets the report's news, and two background figures meet
 * only when their times are close. Two dates of one event may disagree, but only by about their
 * own precision: a day or so for days, a month or two for months; "Sunday" and "February" are two events.
 */
final class TimeRule implements PairRule {

    @Override
    public String veto(ClaimFrame a, ClaimFrame b) {
        if (a.claim().kind() == ClaimKind.DATE) {
            return a.when() == null || b.when() == null || a.when().overlaps(b.when()) || near(a.when(), b.when())
                    || reprinted(a, b) ? null : "dates too far apart to be one event";
        }
        if (a.past() != b.past()) {
            return "a background event and the news";
        }
        if (a.past() && !a.when().overlaps(b.when()) && !near(a.when(), b.when())) {
            return "two background events";
        }
        return null;
    }

    /**
     * Whether two dates lie within a dispute's reach of each other: a few times their own length
     * ("the end of September" / "the end of October"), and at least what their precision allows.
     */
    static boolean near(DateValue a, DateValue b) {
        if (a.isPartial() || b.isPartial()) {
            return true;
        }
        long gap = a.last().isBefore(b.first()) ? ChronoUnit.DAYS.between(a.last(), b.first())
                : b.last().isBefore(a.first()) ? ChronoUnit.DAYS.between(b.last(), a.first()) : 0;
        long span = Math.max(ChronoUnit.DAYS.between(a.first(), a.last()), ChronoUnit.DAYS.between(b.first(), b.last())) + 1;
        return gap <= Math.max(reach(coarser(a.granularity(), b.granularity())), 3 * span);
    }

    /**
     * The same date phrase in much the same sentence ("last week" in a copy published a month later):
     * one date, whatever the later publication makes of it (the comparison reads the copy against its original).
     */
    private static boolean reprinted(ClaimFrame a, ClaimFrame b) {
        return a.claim().valueText() != null && a.claim().valueText().equalsIgnoreCase(b.claim().valueText())
                && ContentWords.jaccard(a.words().sentence(), b.words().sentence()) >= REPRINTED;
    }

    /** Sentence overlap at which one sentence is another reprinted or lightly edited. */
    private static final double REPRINTED = 0.6;

    private static Granularity coarser(Granularity a, Granularity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static long reach(Granularity g) {
        return switch (g) {
            case DAY -> 7;
            case WEEK -> 14;
            case MONTH -> 62;
            default -> 366;
        };
    }
}
