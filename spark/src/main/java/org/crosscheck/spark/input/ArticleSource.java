package org.crosscheck.spark.input;

import java.io.Serializable;
import java.time.LocalDate;
import org.crosscheck.load.ManifestEntry;

/**
 * One article to load, as the driver listed it: small, so a million of them travel to the executors.
 *
 * @param name      the document's name in the output: its path below the input folder, or
 *                  {@code file.jsonl#LINE}
 * @param location  where it is read from, as the errors table names it: a path, a URI, or
 *                  {@code file.jsonl line N}
 * @param kind      how it is read
 * @param outlet    the manifest's (or the JSON line's) outlet, or null
 * @param published the manifest's publication date (ISO), or null
 * @param url       the manifest's URL, or null
 * @param line      the JSON line itself, for {@link Kind#JSON_LINE}
 */
public record ArticleSource(String name, String location, Kind kind, String outlet, String published, String url,
                            String line) implements Serializable {

    /** How an article is read. */
    public enum Kind { LOCAL_FILE, HADOOP_FILE, JSON_LINE }

    /** The manifest row of a file, or null when no manifest lists it. */
    ManifestEntry entry(String fileName) {
        if (outlet == null && published == null && url == null) {
            return null;
        }
        return new ManifestEntry(fileName, outlet, published == null ? null : LocalDate.parse(published), url);
    }

    static ArticleSource file(String name, String location, Kind kind, ManifestEntry entry) {
        return entry == null ? new ArticleSource(name, location, kind, null, null, null, null)
                : new ArticleSource(name, location, kind, entry.outlet(),
                        entry.published() == null ? null : entry.published().toString(), entry.url(), null);
    }

    /**
     * A line of a JSON Lines file ({@code number} from 1).
     *
     * @param file     the file's name in the output (its path below the input folder)
     * @param location where the file is read from
     */
    public static ArticleSource jsonLine(String file, String location, long number, String line) {
        return new ArticleSource(file + "#" + number, location + " line " + number, Kind.JSON_LINE, null, null, null,
                line);
    }
}
