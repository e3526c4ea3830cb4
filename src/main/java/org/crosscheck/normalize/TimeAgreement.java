package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.normalize.TimeOfDay.Zone;

/**
 * Whether two clock times can both be right. Each is widened by its hedge ("about",
 * "around": 15 minutes either side; an exact time: 2 minutes, so "8.40am" and "8:39am"
 * agree) and they agree when the widened times overlap on the 24-hour clock (23:55 and
 * midnight are 5 minutes apart). Times are compared only when stated in the same zone or
 * when one of them states none; a GMT time and a local time cannot be told apart without
 * the place's offset, so they are UNKNOWN, unless one of them carries an equivalent in the
 * other's zone ("1353 (1023 GMT)" meets "10:23 GMT").
 */
public enum TimeAgreement {
    AGREE, DISAGREE, UNKNOWN;

    /** How far "about" reaches either side of a time, in minutes. */
    public static final int ABOUT_MINUTES = 15;
    /** How far an exact time reaches, for rounding and reports a minute apart. */
    public static final int EXACT_MINUTES = 2;

    public static TimeAgreement of(TimeOfDay a, TimeOfDay b) {
        if (sameZone(a, b)) {
            return overlap(a, b) ? AGREE : DISAGREE;
        }
        // an equivalent in brackets is another zone's reading of the same moment; it is used
        // only against a time whose zone is stated too
        for (TimeOfDay x : readings(a)) {
            for (TimeOfDay y : readings(b)) {
                if (x.zone() != Zone.UNSTATED && y.zone() != Zone.UNSTATED && sameZone(x, y)) {
                    return overlap(x, y) ? AGREE : DISAGREE;
                }
            }
        }
        return UNKNOWN;
    }

    /** A time and, when written beside it, its equivalent in another zone. */
    private static List<TimeOfDay> readings(TimeOfDay t) {
        List<TimeOfDay> readings = new ArrayList<>(List.of(t));
        t.equivalentTime().ifPresent(readings::add);
        return readings;
    }

    private static boolean sameZone(TimeOfDay x, TimeOfDay y) {
        if (x.zone() == Zone.UNSTATED || y.zone() == Zone.UNSTATED) {
            return true;
        }
        if (x.zone() != y.zone()) {
            return false;
        }
        return x.zone() != Zone.NAMED || x.zoneName().equals(y.zoneName());
    }

    private static boolean overlap(TimeOfDay x, TimeOfDay y) {
        int apart = Math.abs(x.minutes() - y.minutes());
        int aroundTheClock = Math.min(apart, TimeOfDay.MINUTES_PER_DAY - apart);
        return aroundTheClock <= reach(x) + reach(y);
    }

    private static int reach(TimeOfDay t) {
        return t.hedge() == Hedge.ABOUT ? ABOUT_MINUTES : EXACT_MINUTES;
    }
}
