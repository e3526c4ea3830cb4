package org.crosscheck.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A folder's {@code manifest.csv}: columns {@code file,outlet,published,url} and optionally
 * {@code title}, in any order
 * (header names are case-insensitive, extra columns are ignored, fields may be empty,
 * {@code published} is an ISO date).
 */
public final class Manifest {
    /** The name a folder's manifest has. */
    public static final String FILE_NAME = "manifest.csv";
    /** A manifest above this size is refused unread: 10 MB holds about 100,000 rows. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Manifest EMPTY = new Manifest(null, Map.of());

    /** One row of the manifest and the line it ends on, for messages about it. */
    public record Row(ManifestEntry entry, long line) {
    }

    private final Path file;
    private final Map<String, Row> byFile;

    private Manifest(Path file, Map<String, Row> byFile) {
        this.file = file;
        this.byFile = byFile;
    }

    /** A manifest that knows nothing, for inputs without one. */
    public static Manifest empty() {
        return EMPTY;
    }

    /**
     * Reads a manifest file.
     *
     * @throws LoadException naming the manifest (and the line, for a bad row) when it cannot be read
     */
    public static Manifest read(Path file) throws LoadException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LoadException(file, "the manifest is too large (over " + MAX_BYTES / (1024 * 1024)
                        + " MB); it was not read");
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadException(file, "the manifest could not be read (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // spreadsheets often save CSV with a BOM
        }
        return parse(file, text);
    }

    private static Manifest parse(Path file, String text) throws LoadException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        Map<String, Row> entries = new LinkedHashMap<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().keySet().stream().anyMatch("file"::equalsIgnoreCase)) {
                throw new LoadException(file, "the manifest has no 'file' column in its header line"
                        + " (expected columns: file,outlet,published,url)");
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                ManifestEntry entry = entryOf(file, row, line);
                if (entry != null) {
                    entries.put(entry.file(), new Row(entry, line));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new LoadException(file, "the manifest is not valid CSV (" + e.getMessage() + ")", e);
        }
        return new Manifest(file, Collections.unmodifiableMap(entries));
    }

    private static ManifestEntry entryOf(Path file, CSVRecord row, long line) throws LoadException {
        String name = field(row, "file");
        if (name == null) {
            if (row.stream().allMatch(String::isBlank)) {
                return null;
            }
            throw new LoadException(file, "line " + line + " of the manifest has no file name");
        }
        String published = field(row, "published");
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new LoadException(file, "line " + line + " of the manifest: published '" + published
                        + "' is not a date in the form YYYY-MM-DD", e);
            }
        }
        return new ManifestEntry(name, field(row, "outlet"), date, field(row, "url"), field(row, "title"));
    }

    private static String field(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** The entry for a file name, if the manifest has one. */
    public Optional<ManifestEntry> entryFor(String fileName) {
        return Optional.ofNullable(byFile.get(fileName)).map(Row::entry);
    }

    public List<ManifestEntry> entries() {
        return byFile.values().stream().map(Row::entry).toList();
    }

    /** The rows in the order they stand in the file. */
    public List<Row> rows() {
        return List.copyOf(byFile.values());
    }

    /** The manifest file read, or null for the empty manifest. */
    public Path file() {
        return file;
    }
}
