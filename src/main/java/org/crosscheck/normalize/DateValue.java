package org.crosscheck.normalize;

import java.time.LocalDate;

/**
 * A normalised date as an interval of days at a granularity: "on September 20" is one day,
 * "last week" is an ISO week, "by the end of the month" is the month's last days.
 *
 * @param first  the first day covered, or null when the date is partial (year unknown)
 * @param last   the last day covered (inclusive), or null when partial
 * @param timex  TIMEX3-style value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www; partial values use
 *               X for unknown digits ("XXXX-09")
 */
public record DateValue(LocalDate first, LocalDate last, Granularity granularity, String timex) {

    public boolean isPartial() {
        return first == null || last == null;
    }

    /**
     * True when the two date intervals share a day. A partial date ("XXXX-09", a Friday of
     * unknown week) overlaps a resolved one when some day of the resolved interval fits it;
     * two partials of the same form compare digit by digit; of different forms only a month
     * both state can tell them apart ("XXXX-09" and "XXXX-10-20" do not overlap).
     */
    public boolean overlaps(DateValue other) {
        if (isPartial() && other.isPartial()) {
            return Timex.sameForm(timex, other.timex) ? timexCompatible(timex, other.timex)
                    : Timex.sameStatedMonth(timex, other.timex);
        }
        if (isPartial()) {
            return Timex.partialFitsSomeDay(timex, other.first, other.last);
        }
        if (other.isPartial()) {
            return Timex.partialFitsSomeDay(other.timex, first, last);
        }
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    private static boolean timexCompatible(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != 'X' && y != 'X' && x != y) {
                return false;
            }
        }
        return true;
    }

    /** A single resolved day. */
    public static DateValue day(LocalDate day) {
        return new DateValue(day, day, Granularity.DAY, day.toString());
    }

    /** A value whose year (or more) is unknown: only the timex says what was stated. */
    public static DateValue partial(Granularity granularity, String timex) {
        return new DateValue(null, null, granularity, timex);
    }

    /** The display form used in exports: the timex. */
    public String normalized() {
        return timex;
    }
}
