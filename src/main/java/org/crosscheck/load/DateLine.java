package org.crosscheck.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the date and time lines of news pages ("October 24, 2020", "Tue Nov 29 , 2005",
 * "Last Updated: Monday, 28 November 2005, 02:24 GMT", "Posted 11/27/2005 7:21 AM",
 * "Updated 10:15 a.m.", "2013-07-02") and reads the calendar date in them. A line is a date
 * line only when nothing but the date, the time and their labels is on it, so that a body
 * sentence opening with a date ("On Monday, September 28, officials said...") is not one.
 * The one place both the passage classifier and the publication-date finder learn this.
 */
final class DateLine {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** Numeric dates are month/day/year (the US web convention) unless the first part cannot be a month. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}(?::\\d{2})+\\s*(?:[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    /** Words that may sit on a date line next to the date itself. */
    private static final Pattern LABEL = Pattern.compile(
            "\\b(last|first|updated?|published|posted|modified|created|date|on|at|am|pm|gmt|utc|bst|cet|cest"
                    + "|e[sd]?t|c[sd]t|m[sd]t|p[sd]t|ist|wib|local|time|hrs|hours"
                    + "|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "July 2, 2023 by Maria Lopez": blog templates put the author after the date. */
    private static final Pattern TRAILING_BYLINE =
            Pattern.compile("[\\s|,·•-]+(by|BY|By)\\s+(\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}$");
    private static final Pattern STARTS_WITH_STAMP = Pattern.compile(
            "^(last\\s+)?(updated?|published|posted|first published|modified)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateLine() {
    }

    /** Whether the line is a date or time stamp and nothing else. */
    static boolean isDateLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || words(s) > 20) {
            return false;
        }
        boolean hasDate = parse(s).isPresent();
        boolean hasTime = TIME.matcher(s).find();
        boolean stamp = STARTS_WITH_STAMP.matcher(s).find();
        if (!hasDate && !hasTime) {
            return false;
        }
        String rest = strip(TRAILING_BYLINE.matcher(s).replaceFirst(""));
        int left = rest.isBlank() ? 0 : rest.strip().split("\\s+").length;
        return left == 0 || (stamp && left <= 3);
    }

    /** The first calendar date written on the line, if any. */
    static Optional<LocalDate> parse(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            String year = m.group(3).length() == 2 ? fullYear(m.group(3)) : m.group(3);
            return first > 12
                    ? date(year, m.group(2), m.group(1))
                    : date(year, m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private static String strip(String s) {
        String rest = ISO.matcher(s).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = NUMERIC.matcher(rest).replaceAll(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = LABEL.matcher(rest).replaceAll(" ");
        return rest.replaceAll("[\\p{Punct}\\p{Pd}|·•()\\[\\]]", " ").replaceAll("\\b\\d{1,4}\\b", " ");
    }

    /** Two-digit years on web pages are this century's unless that would put them far in the future. */
    private static String fullYear(String twoDigits) {
        int yy = Integer.parseInt(twoDigits);
        int thisCentury = 2000 + yy;
        return String.valueOf(thisCentury > LocalDate.now().getYear() + 1 ? 1900 + yy : thisCentury);
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }
}
