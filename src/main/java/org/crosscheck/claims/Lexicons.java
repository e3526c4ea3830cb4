package org.crosscheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists claim extraction reads from {@code models/claims/}: readable, general English. */
public final class Lexicons {

    static final Set<String> SPEECH_VERBS = list("/models/claims/speech-verbs.txt");
    static final Set<String> MEASURE_WORDS = list("/models/claims/measure-words.txt");
    static final Set<String> WINDOW_WORDS = list("/models/claims/window-words.txt");
    static final Set<String> EMPTY_NOUNS = list("/models/claims/empty-nouns.txt");
    /** "win", "lead", "vote", "beat": words beside a pair of numbers that make it a score, not a range. */
    static final Set<String> SCORE_WORDS = list("/models/claims/score-words.txt");
    static final Set<String> AUXILIARIES = list("/models/claims/auxiliaries.txt");
    static final Set<String> LEVEL_VERBS = list("/models/claims/level-verbs.txt");
    /** "after", "when", "because": conjunctions opening a clause whose verb a value before it does not hang on. */
    static final Set<String> SUBORDINATORS = list("/models/claims/subordinators.txt");
    /** "compared with": participles that introduce a comparison's baseline, never the value's event. */
    static final Set<String> COMPARISON_VERBS = list("/models/claims/comparison-verbs.txt");
    /** "at", "by", "until": words after which a bare clock figure ("14:00") is a time of day. */
    static final Set<String> CLOCK_PREPOSITIONS = list("/models/claims/clock-prepositions.txt");
    /** "no one", "nobody", "none": subjects that count no one ("no one was killed"). */
    static final Set<String> NEGATIVE_SUBJECTS = list("/models/claims/negative-subjects.txt");
    /** "dead" -> "die": words that count people in a state after a number, with the event they report. */
    public static final Map<String, String> CASUALTY_STATES = pairs("/models/claims/casualty-states.txt");
    /** "death" -> "die": nouns whose count is a count of people, with the event they report. */
    public static final Map<String, String> CASUALTY_NOUNS = pairs("/models/claims/casualty-nouns.txt");

    private Lexicons() {
    }

    /** Reads a one-entry-a-line list under models/, lower-cased, skipping blank lines and # comments. */
    public static Set<String> list(String resource) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            entries.add(line.toLowerCase(Locale.ROOT));
        }
        return entries;
    }

    /** The lines of a data file under models/ as written, stripped, skipping blank lines and # comments. */
    public static List<String> lines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " (models/ must be on the classpath)");
            }
            List<String> entries = new java.util.ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(line);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** Reads a list of "word value" lines under models/ (the value defaults to the word). */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new HashMap<>();
        for (String entry : list(resource)) {
            String[] parts = entry.split("\\s+");
            pairs.put(parts[0], parts.length > 1 ? parts[1] : parts[0]);
        }
        return Map.copyOf(pairs);
    }
}
