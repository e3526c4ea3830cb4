package org.crosscheck.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the word lists of {@code models/normalize/}: one entry a line, blank lines and
 * {@code #} comments skipped, lower-cased. A table's line is "phrase = value"; the phrase may
 * hold spaces, and the table keeps the file's order, which the hedge and quantifier lists
 * rely on (the first phrase that matches wins).
 */
final class WordLists {

    private static final String SEPARATOR = " = ";

    private WordLists() {
    }

    /** The entries of a list under models/, in file order. */
    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " (models/ must be on the classpath)");
            }
            List<String> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** A "phrase = value" table under models/, in file order. */
    static Map<String, String> table(String resource) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int at = line.lastIndexOf(SEPARATOR);
            if (at <= 0) {
                throw new IllegalStateException("Not a 'phrase = value' line in " + resource + ": " + line);
            }
            table.put(line.substring(0, at).strip(), line.substring(at + SEPARATOR.length()).strip());
        }
        return table;
    }
}
