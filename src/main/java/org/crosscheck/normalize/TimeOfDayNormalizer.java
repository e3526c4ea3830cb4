package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.normalize.TimeOfDay.Zone;

/**
 * Reads clock times as news writes them into {@link TimeOfDay} values: "at around 4.30am",
 * "4:30 a.m. local time", "at 2:53 p.m", "8.40am", "about 11am", "at noon", "midnight",
 * "0737 GMT", "at about 12:00 GMT", and a local time with its GMT equivalent in brackets,
 * "1353 (1023 GMT)" or "09:10 hours (0440 GMT)", where the first is the local time.
 *
 * <p>A four-digit 24-hour time ("1353", "0737") is read only when a zone, "hours" or a
 * bracketed equivalent follows it: alone it may as well be a year. A time with a dot
 * ("8.40") needs "am"/"pm" or a zone for the same reason (it may be a price). Stateless and
 * thread-safe.
 */
public final class TimeOfDayNormalizer {

    /** Zone words and their kind, longest first so "local time" wins over "local". */
    private static final Map<String, Zone> ZONES = zones(WordLists.table("/models/normalize/time-zones.txt"));

    /**
     * The zone words as alternatives; named abbreviations only in capitals, so "EAT" and "CAT"
     * are zones and "eat" and "cat" are not.
     */
    private static final String ZONE = ZONES.entrySet().stream()
            .map(e -> e.getValue() == Zone.NAMED
                    ? "(?-i:" + Pattern.quote(e.getKey().toUpperCase(Locale.ROOT)) + ")"
                    : Pattern.quote(e.getKey()))
            .collect(Collectors.joining("|", "(?:", ")"));

    private static final String HEDGE = "(?:(?<hedge>about|around|approximately|approx\\.?|roughly|circa|some"
            + "|(?:just|shortly) (?:before|after))\\s+)?";

    /** One clock time: 12-hour, 24-hour with a separator, four digits, or a word. */
    private static final String CLOCK = "(?:"
            + "(?<h12>1[0-2]|0?[1-9])(?:[:.](?<m12>[0-5]\\d))?\\s*(?<ampm>[ap])(?:\\.\\s?m\\b\\.?|\\s?m\\b)"
            + "|(?<h24>[01]?\\d|2[0-3])(?<sep>[:.])(?<m24>[0-5]\\d)(?![:.]?\\d)"
            + "|(?<![\\d.,])(?<hhmm>(?:[01]\\d|2[0-3])[0-5]\\d)(?![\\d.,])"
            + "|(?:12\\s+)?(?<word>noon|midday|midnight)\\b)";

    /** What may follow the time: its zone or "hours", then a bracketed time in another zone. */
    private static final String AFTER = "(?:\\s*(?<zone>" + ZONE + ")\\b|\\s*(?<hours>hours|hrs)\\b)?"
            + "(?:\\s*\\(\\s*(?<inner>[^()]{3,20}?)\\s*\\))?";

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\w:.])" + HEDGE + CLOCK + AFTER, Pattern.CASE_INSENSITIVE);

    /** A clock time found in a text, with its span. */
    public record Found(int start, int end, TimeOfDay time) {
    }

    /** The first clock time written in the phrase; empty when it holds none. */
    public Optional<TimeOfDay> normalize(String phrase) {
        return find(phrase).stream().findFirst().map(Found::time);
    }

    /** Every clock time written in the text, in order, each with its character span. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            read(m).ifPresent(t -> found.add(new Found(m.start(), m.end(), t)));
        }
        return found;
    }

    /** True when a clock time in the text covers the characters [start, end) ("1353" in "at 1353 (1023 GMT)"). */
    public boolean isClockTime(String text, int start, int end) {
        return find(text).stream().anyMatch(f -> f.start() <= start && end <= f.end());
    }

    private static Optional<TimeOfDay> read(Matcher m) {
        String zoneWord = m.group("zone");
        Optional<TimeOfDay> equivalent = m.group("inner") == null ? Optional.empty() : readEquivalent(m.group("inner"));
        boolean stated = zoneWord != null || m.group("hours") != null || equivalent.isPresent();
        if (m.group("hhmm") != null && !stated) {
            return Optional.empty(); // "1353" alone may be a year
        }
        if (m.group("sep") != null && m.group("sep").equals(".") && !stated) {
            return Optional.empty(); // "14.30" alone may be a price
        }
        Hedge hedge = m.group("hedge") == null ? Hedge.EXACT : Hedge.ABOUT;
        int minutes = minutes(m);
        Zone zone = zoneWord == null ? Zone.UNSTATED : ZONES.get(zoneWord.toLowerCase(Locale.ROOT));
        String zoneName = zoneWord == null ? "" : zoneWord.toUpperCase(Locale.ROOT);
        if (zone == Zone.UNSTATED && equivalent.isPresent() && equivalent.get().zone() != Zone.LOCAL) {
            // "1353 (1023 GMT)": the time given first, with another zone's beside it, is the local one
            zone = Zone.LOCAL;
            zoneName = "LOCAL TIME";
        }
        return Optional.of(new TimeOfDay(minutes, hedge, zone, zoneName,
                equivalent.map(e -> new TimeOfDay(e.minutes(), hedge, e.zone(), e.zoneName(), null)).orElse(null)));
    }

    /** The bracketed time beside another, which must name its zone: "(1023 GMT)", "(0440 GMT)". */
    private static Optional<TimeOfDay> readEquivalent(String inner) {
        Matcher m = TIME.matcher(inner.strip());
        if (!m.matches() || m.group("zone") == null || m.group("inner") != null) {
            return Optional.empty();
        }
        return read(m);
    }

    private static int minutes(Matcher m) {
        if (m.group("h12") != null) {
            int hour = Integer.parseInt(m.group("h12")) % 12;
            int minute = m.group("m12") == null ? 0 : Integer.parseInt(m.group("m12"));
            boolean pm = m.group("ampm").equalsIgnoreCase("p");
            return (pm ? hour + 12 : hour) * 60 + minute;
        }
        if (m.group("h24") != null) {
            return Integer.parseInt(m.group("h24")) * 60 + Integer.parseInt(m.group("m24"));
        }
        if (m.group("hhmm") != null) {
            String hhmm = m.group("hhmm");
            return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(2));
        }
        return m.group("word").equalsIgnoreCase("midnight") ? 0 : 12 * 60;
    }

    private static Map<String, Zone> zones(Map<String, String> table) {
        Map<String, Zone> zones = new java.util.LinkedHashMap<>();
        table.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> zones.put(e.getKey(), Zone.valueOf(e.getValue().toUpperCase(Locale.ROOT))));
        return java.util.Collections.unmodifiableMap(zones);
    }
}
