package org.crosscheck.spark.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;

/**
 * The places, people and organisations one document names, each time it names them, as written in
 * the file: what {@link org.crosscheck.align.StoryNames} reads of a document (its mention records of
 * those types), small enough to ship beside the document through the grouping.
 *
 * @param document the document's name
 * @param names    one entry per mention: its type, a tab, the text
 */
public record StoryNamesOfDocument(String document, List<String> names) implements Serializable {

    private static final List<MentionType> STORY_TYPES =
            List.of(MentionType.LOCATION, MentionType.PERSON, MentionType.ORGANIZATION);

    public StoryNamesOfDocument {
        names = List.copyOf(names);
    }

    /** The names as the desktop's mention records hold them: the text taken from the original file. */
    public static StoryNamesOfDocument of(Article article, AnnotatedDocument nlp) {
        OffsetMap offsets = article.offsets();
        String original = article.originalText();
        List<String> names = new ArrayList<>();
        for (Mention m : nlp.mentions()) {
            if (STORY_TYPES.contains(m.type())) {
                int start = offsets.toOriginal(m.start());
                int end = offsets.toOriginalEnd(m.end());
                String text = end > start && end <= original.length() ? original.substring(start, end) : m.text();
                names.add(m.type().name() + "\t" + text);
            }
        }
        return new StoryNamesOfDocument(article.name(), names);
    }

    /** The names as mention records, which is what {@code StoryNames.of} reads. */
    public List<MentionRecord> mentionRecords() {
        List<MentionRecord> records = new ArrayList<>(names.size());
        for (String n : names) {
            int tab = n.indexOf('\t');
            records.add(new MentionRecord(document, 0, 0, n.substring(tab + 1),
                    MentionType.valueOf(n.substring(0, tab)), null, null, null));
        }
        return records;
    }
}
