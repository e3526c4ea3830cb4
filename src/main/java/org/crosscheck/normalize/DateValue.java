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

    /** True when the two date intervals share a day; partial dates compare by their timex. */
    public boolean overlaps(DateValue other) {
        if (isPartial() || other.isPartial()) {
            return timexCompatible(timex, other.timex);
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
