package org.crosscheck.normalize;

import java.util.Optional;

/**
 * A clock time as written: minutes since midnight, the hedge it was written with ("about
 * 9.35am") and the zone it was stated in. "1353 (1023 GMT)" is 13:53 local time with its
 * GMT equivalent 10:23 kept beside it, so that it can meet a report that gives only GMT.
 *
 * @param minutes    minutes since midnight, 0 to 1439
 * @param hedge      EXACT, or ABOUT for "about", "around", "approximately"...
 * @param zone       the kind of zone the time was stated in
 * @param zoneName   the zone as written, upper-cased ("GMT", "EDT", "LOCAL TIME"), or "" when none
 * @param equivalent the same moment written in another zone beside it ("(1023 GMT)"), or null
 */
public record TimeOfDay(int minutes, Hedge hedge, Zone zone, String zoneName, TimeOfDay equivalent) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    /** The kind of zone a time was stated in. */
    public enum Zone {
        /** No zone written: the reader takes it to be local, but the text does not say. */
        UNSTATED,
        /** "local time". */
        LOCAL,
        /** Greenwich Mean Time or Coordinated Universal Time: the same clock for news. */
        UNIVERSAL,
        /** A named zone ("EDT", "BST", "Tehran time"). */
        NAMED
    }

    public TimeOfDay {
        if (minutes < 0 || minutes >= MINUTES_PER_DAY) {
            throw new IllegalArgumentException("minutes since midnight out of range: " + minutes);
        }
        zoneName = zoneName == null ? "" : zoneName;
    }

    /** A time with no zone written and no equivalent. */
    public static TimeOfDay of(int hour, int minute, Hedge hedge) {
        return new TimeOfDay(hour * 60 + minute, hedge, Zone.UNSTATED, "", null);
    }

    public int hour() {
        return minutes / 60;
    }

    public int minute() {
        return minutes % 60;
    }

    public Optional<TimeOfDay> equivalentTime() {
        return Optional.ofNullable(equivalent);
    }

    /** The display form: "13:53 local time", "~04:30", "10:23 GMT". */
    public String normalized() {
        String clock = String.format("%s%02d:%02d", hedge == Hedge.ABOUT ? "~" : "", hour(), minute());
        return zoneName.isEmpty() ? clock : clock + " " + zoneName;
    }
}
