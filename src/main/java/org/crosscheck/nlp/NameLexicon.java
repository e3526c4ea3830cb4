package org.crosscheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists entity linking reads from {@code models/}: person titles and honorifics, and
 * aliases of organisations and places. Loaded once; immutable.
 */
public final class NameLexicon {

    private static final NameLexicon DEFAULT = new NameLexicon(
            Set.copyOf(readLines("/models/person-titles.txt")), readAliases("/models/entity-aliases.txt"),
            readAbbreviations("/models/name-abbreviations.txt"), Set.copyOf(readLines("/models/place-name-words.txt")));

    private final Set<String> titles;
    private final int longestTitleWords;
    private final Map<String, String> aliasToCanonical;
    /** Abbreviated words of names and the words they stand for ("mt" -> "mount"). */
    private final Map<String, String> abbreviations;

    /** Words that open a place's name ("mount", "lake"). */
    private final Set<String> placeWords;

    private NameLexicon(Set<String> titles, Map<String, String> aliasToCanonical, Map<String, String> abbreviations,
                        Set<String> placeWords) {
        this.titles = titles;
        this.placeWords = placeWords;
        this.abbreviations = abbreviations;
        this.longestTitleWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(0);
        this.aliasToCanonical = aliasToCanonical;
    }

    public static NameLexicon standard() {
        return DEFAULT;
    }

    /** Whether a word opens the name of a place ("Mt", "Mount", "Lake"), in any case, with or without its dot. */
    public boolean isPlaceWord(String word) {
        return placeWords.contains(word.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
    }

    /** Whether the lowercase, dotless words form a title such as "prime minister" or "gen". */
    boolean isTitle(String words) {
        return titles.contains(words);
    }

    int longestTitleWords() {
        return longestTitleWords;
    }

    /**
     * The canonical key for an organisation or place key: abbreviated words written out ("mt cook"
     * gives "mount cook"), then a known alias ("us" gives "united states"), else the key itself.
     */
    String canonicalKey(String key) {
        String written = writeOut(key);
        return aliasToCanonical.getOrDefault(written, written);
    }

    private String writeOut(String key) {
        String[] words = key.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String full = abbreviations.get(words[i]);
            if (full != null) {
                words[i] = full;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : key;
    }

    private static Map<String, String> readAbbreviations(String resource) {
        Map<String, String> abbreviations = new HashMap<>();
        for (String line : readLines(resource)) {
            String[] parts = line.split(":");
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": expected 'abbreviation: word' in: " + line);
            }
            abbreviations.put(parts[0].strip(), parts[1].strip());
        }
        return Map.copyOf(abbreviations);
    }

    private static Map<String, String> readAliases(String resource) {
        Map<String, String> aliases = new HashMap<>();
        for (String line : readLines(resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ": expected 'canonical: alias | alias' in: " + line);
            }
            String canonical = NameKeys.phraseKey(line.substring(0, colon));
            aliases.put(canonical, canonical);
            for (String alias : line.substring(colon + 1).split("\\|")) {
                aliases.put(NameKeys.phraseKey(alias), canonical);
            }
        }
        return Map.copyOf(aliases);
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> seen = new HashSet<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && seen.add(trimmed)) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return lines;
    }
}
