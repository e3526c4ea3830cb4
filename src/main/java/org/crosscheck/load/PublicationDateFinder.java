package org.crosscheck.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds an article's publication date: the manifest's when it has one, else the date in an
 * HTML page's metadata, else a date line
 * near the top of the text or among its META passages ("October 24, 2020",
 * "Last Updated: Monday, 28 November 2005", "Posted 11/27/2005 7:21 AM"). A date inside a
 * sentence ("On Monday, September 28, ...") is an event date, not the publication date.
 */
public final class PublicationDateFinder {
    /** How many passages from the top count as "near the top". */
    private static final int TOP_PASSAGES = 10;

    /** A publication date and where it came from; {@code date} is null when unknown. */
    public record PublicationDate(LocalDate date, PublishedFrom from) {
        public static final PublicationDate UNKNOWN = new PublicationDate(null, PublishedFrom.NONE);
    }

    private PublicationDateFinder() {
    }

    /**
     * @param entry    the article's manifest entry, or null
     * @param text     the text the passages index into
     * @param passages the text's classified passages
     */
    public static PublicationDate find(ManifestEntry entry, String text, List<Passage> passages) {
        return find(entry, null, text, passages);
    }

    /**
     * @param pageDate the date an HTML page's metadata states (article:published_time,
     *                 datePublished...), or null; it beats a date line in the text
     */
    public static PublicationDate find(ManifestEntry entry, LocalDate pageDate, String text, List<Passage> passages) {
        if (entry != null && entry.published() != null) {
            return new PublicationDate(entry.published(), PublishedFrom.MANIFEST);
        }
        if (pageDate != null) {
            return new PublicationDate(pageDate, PublishedFrom.TEXT);
        }
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (i >= TOP_PASSAGES && p.kind() != PassageKind.META) {
                continue;
            }
            if (p.kind() == PassageKind.BODY) {
                continue;
            }
            String line = text.substring(p.start(), p.end());
            if (DateLine.isDateLine(line)) {
                Optional<LocalDate> date = DateLine.parse(line);
                if (date.isPresent()) {
                    return new PublicationDate(date.get(), PublishedFrom.TEXT);
                }
            }
        }
        return PublicationDate.UNKNOWN;
    }
}
