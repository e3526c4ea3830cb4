package org.crosscheck.normalize;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date phrase cleaned for reading: lowercased, clock times, prepositions ("on", "by the
 * end of" -> "the end of"), parts of a day ("Saturday night") and possessives dropped, and
 * the part of the unit it narrows to ("early", "the end of") set aside.
 *
 * @param core the words that name the date ("september", "last week", "two weeks later")
 * @param part the part of that date the phrase means
 */
record DatePhrase(String core, Part part) {

    /** A part of an interval a phrase narrows to. */
    enum Part {
        WHOLE, EARLY, MID, LATE, FIRST_HALF, SECOND_HALF;

        /**
         * Narrows to the part: thirds for early/mid/late (rounded up, so a month's end is its
         * last 10 or 11 days and a week's end is Friday to Sunday), halves for first/second
         * half. The timex stays the unit's: the part is in first/last. Days and partial
         * values stay as they are.
         */
        DateValue narrow(DateValue v) {
            if (this == WHOLE || v.isPartial() || v.granularity() == Granularity.DAY) {
                return v;
            }
            long days = v.last().toEpochDay() - v.first().toEpochDay() + 1;
            long third = (days + 2) / 3;
            long half = (days + 1) / 2;
            LocalDate first = v.first();
            LocalDate last = v.last();
            return switch (this) {
                case EARLY -> new DateValue(first, first.plusDays(third - 1), v.granularity(), v.timex());
                case LATE -> new DateValue(last.minusDays(third - 1), last, v.granularity(), v.timex());
                case MID -> new DateValue(first.plusDays(third), last.minusDays(third), v.granularity(), v.timex());
                case FIRST_HALF -> new DateValue(first, first.plusDays(half - 1), v.granularity(), v.timex());
                case SECOND_HALF -> new DateValue(first.plusDays(half), last, v.granularity(), v.timex());
                case WHOLE -> v;
            };
        }
    }

    private static final List<String> LEADING_WORDS = List.of(
            "as early as", "as late as", "as of", "no later than", "no earlier than", "some time in",
            "sometime in", "sometime", "on", "in", "at", "by", "during", "since", "from", "until", "till",
            "through", "throughout", "before", "after", "between", "around", "about", "over", "within",
            "across", "of", "for");

    /** Longest first: "the end of" before "end of", "the early" before "early". */
    private static final Map<String, Part> PART_WORDS = new LinkedHashMap<>();

    static {
        PART_WORDS.put("the first half of", Part.FIRST_HALF);
        PART_WORDS.put("the second half of", Part.SECOND_HALF);
        PART_WORDS.put("the latter part of", Part.LATE);
        PART_WORDS.put("the beginning of", Part.EARLY);
        PART_WORDS.put("the start of", Part.EARLY);
        PART_WORDS.put("the middle of", Part.MID);
        PART_WORDS.put("the end of", Part.LATE);
        PART_WORDS.put("the close of", Part.LATE);
        PART_WORDS.put("beginning of", Part.EARLY);
        PART_WORDS.put("start of", Part.EARLY);
        PART_WORDS.put("middle of", Part.MID);
        PART_WORDS.put("end of", Part.LATE);
        PART_WORDS.put("the early", Part.EARLY);
        PART_WORDS.put("the mid", Part.MID);
        PART_WORDS.put("the late", Part.LATE);
        PART_WORDS.put("early", Part.EARLY);
        PART_WORDS.put("end", Part.LATE);
        PART_WORDS.put("start", Part.EARLY);
        PART_WORDS.put("mid", Part.MID);
        PART_WORDS.put("late", Part.LATE);
    }

    static DatePhrase of(String phrase) {
        String s = clean(phrase);
        Part part = Part.WHOLE;
        boolean changed = true;
        while (changed) {
            changed = false;
            String stripped = stripPartOfDay(stripLeadingWord(s));
            if (!stripped.equals(s)) {
                s = stripped;
                changed = true;
            }
            for (Map.Entry<String, Part> p : PART_WORDS.entrySet()) {
                if (s.startsWith(p.getKey() + " ")) {
                    s = s.substring(p.getKey().length() + 1);
                    part = p.getValue();
                    changed = true;
                    break;
                }
            }
        }
        return new DatePhrase(s, part);
    }

    /** Days named relative to publication: "today", "yesterday", "last night". */
    static final String DEICTIC = "today|tonight|now|yesterday|tomorrow|last night|this (morning|afternoon|evening)"
            + "|the day before yesterday|the day after tomorrow";

    static boolean isDeictic(String s) {
        return s.matches(DEICTIC);
    }

    private static final TimeOfDayNormalizer TIMES = new TimeOfDayNormalizer();

    /** The phrase without the clock times in it: "0737 GMT" and "1353 (1023 GMT)" are no years. */
    private static String withoutClockTimes(String phrase) {
        StringBuilder rest = new StringBuilder(phrase);
        List<TimeOfDayNormalizer.Found> found = TIMES.find(phrase);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.replace(found.get(i).start(), found.get(i).end(), " ");
        }
        return rest.toString();
    }

    private static String clean(String phrase) {
        return withoutClockTimes(phrase).toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\u2018\u2019`]", "'")
                .replaceAll("\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?=\\W|$)", " ")
                .replaceAll("\\b\\d{1,2}:\\d{2}\\b", " ")
                .replaceAll("\\b(local time|gmt|utc|edt|est|bst|cet|noon|midday|midnight)\\b", " ")
                .replaceAll("(?<=[a-z])-(?=[a-z0-9])", " ")
                .replaceAll("[,.;:()\"!?]", " ")
                .replaceAll("'s( .*)?$", "")
                .replaceAll("(?<=\\S) at .*$", "")
                .replaceAll("( (?:at|on|in|around|about|by))+\\s*$", "")
                .replaceAll("^this past ", "last ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String stripLeadingWord(String s) {
        for (String w : LEADING_WORDS) {
            if (s.startsWith(w + " ")) {
                return s.substring(w.length() + 1);
            }
        }
        return s;
    }

    /** "Saturday night", "the early hours of Sunday", "yesterday morning": the day itself. */
    private static String stripPartOfDay(String s) {
        if (isDeictic(s)) {
            return s;
        }
        return s.replaceAll("^(?:the )?(?:early hours|small hours|morning|afternoon|evening|night) of ", "")
                .replaceAll(" (?:morning|afternoon|evening|night|overnight|nighttime)$", "")
                .trim();
    }
}
