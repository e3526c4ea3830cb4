package org.crosscheck.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.crosscheck.spark.stories.StoryNamesOfDocument;
import org.crosscheck.store.DocumentBytes;
import org.crosscheck.store.StoredDocument;

/**
 * One article after its NLP, as the job keeps it in {@code DIR/work/articles}: what the story
 * grouping reads (date, names) beside the whole document as bytes ({@link DocumentBytes}), which
 * only the story's analysis decodes.
 *
 * @param name      the document's name
 * @param hash      SHA-256 of the file's bytes: a re-run skips an article whose name and hash are kept
 * @param location  where it was read from
 * @param published the publication date (ISO), or null
 * @param tokens    tokens the NLP read
 * @param names     the places, people and organisations it names
 * @param document  the article and its NLP output
 */
public record AnalysedArticle(String name, String hash, String location, String published, int tokens,
                              StoryNamesOfDocument names, byte[] document) implements Serializable {

    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published);
    }

    public StoredDocument decode() {
        return DocumentBytes.decode(document);
    }

    /** The key a re-run looks up: the same name with the same content. */
    public static String key(String name, String hash) {
        return name + "\u0000" + hash;
    }
}
