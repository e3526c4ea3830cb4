package org.crosscheck.load;

import java.time.LocalDate;
import java.util.List;

/**
 * One loaded news article: the decoded file text plus what the loader learned about it.
 *
 * <p>{@code analysisText} is what the NLP reads. Passages that are not article content
 * (mastheads, captions, other stories' headlines, comment forms, foreign-script junk) are
 * blanked out with spaces there, so claims never come from them. For plain text the
 * analysis text has the same length as the original and offsets are identical; for HTML
 * {@link OffsetMap} maps analysis offsets back to the original file text.
 *
 * @param name         the input file's name; the document's id in the project
 * @param originalText the file's decoded text
 * @param analysisText the text the NLP reads (content only, see above)
 * @param offsets      maps analysis offsets to original offsets
 * @param contentHash  SHA-256 of the file's bytes, hex; re-analysis is skipped when unchanged
 * @param passages     every passage of the analysis text with its kind, in order
 */
public record Article(
        String name,
        String originalText,
        String analysisText,
        OffsetMap offsets,
        String contentHash,
        String title,
        String outlet,
        LocalDate published,
        PublishedFrom publishedFrom,
        List<Passage> passages) {

    public Article {
        passages = List.copyOf(passages);
    }

    /** The same article with a publication date set by the user. */
    public Article withPublished(LocalDate date, PublishedFrom from) {
        return new Article(name, originalText, analysisText, offsets, contentHash, title, outlet,
                date, from, passages);
    }
}
