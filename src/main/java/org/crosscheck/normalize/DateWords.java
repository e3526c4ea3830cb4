package org.crosscheck.normalize;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.crosscheck.normalize.Occurrences.Relation;

/** The calendar words of date phrases: months, weekdays, quarters, seasons, decades, "last"/"next". */
final class DateWords {

    static final Map<String, String> SEASON_CODES = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

    static final List<String> DECADE_WORDS = List.of(
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

    private DateWords() {
    }

    static Relation relation(String word) {
        if (word == null) {
            return Relation.PLAIN;
        }
        return switch (word) {
            case "last", "past" -> Relation.LAST;
            case "this" -> Relation.THIS;
            case "next", "coming" -> Relation.NEXT;
            default -> Relation.PLAIN;
        };
    }

    static int yearStep(String relativeYear) {
        return relativeYear.equals("last") ? -1 : relativeYear.equals("next") ? 1 : 0;
    }

    static Granularity unitGranularity(String unit) {
        return switch (unit) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "quarter" -> Granularity.QUARTER;
            case "decade" -> Granularity.DECADE;
            default -> Granularity.YEAR;
        };
    }

    static int quarterNumber(String word) {
        return switch (word) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    static int month(String word) {
        return switch (word.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    static DayOfWeek weekday(String word) {
        return switch (word.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
