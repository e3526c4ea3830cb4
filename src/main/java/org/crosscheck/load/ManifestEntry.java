package org.crosscheck.load;

import java.time.LocalDate;

/**
 * One row of a folder's {@code manifest.csv}: what the researcher knows about one file.
 * Unknown fields are null.
 *
 * @param file      the article's file name, as in the folder
 * @param outlet    the outlet that published it, or null
 * @param published the publication date, or null
 * @param url       where the text was collected from, or null
 * @param title     the article's title as the researcher noted it, or null
 */
public record ManifestEntry(String file, String outlet, LocalDate published, String url, String title) {

    /** A row without a title column. */
    public ManifestEntry(String file, String outlet, LocalDate published, String url) {
        this(file, outlet, published, url, null);
    }
}
