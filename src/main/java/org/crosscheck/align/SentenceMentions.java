package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.MentionRecord;

/**
 * The entity and value mentions of each document, looked up by the span of a claim's sentence:
 * the places, people and times a claim's sentence names are the arguments of the event it reports.
 */
final class SentenceMentions {

    private static final SentenceMentions NONE = new SentenceMentions(Map.of());

    private final Map<String, List<MentionRecord>> byDocument;

    private SentenceMentions(Map<String, List<MentionRecord>> byDocument) {
        this.byDocument = byDocument;
    }

    static SentenceMentions none() {
        return NONE;
    }

    static SentenceMentions of(Collection<MentionRecord> mentions) {
        Map<String, List<MentionRecord>> byDocument = new HashMap<>();
        for (MentionRecord m : mentions) {
            byDocument.computeIfAbsent(m.document(), d -> new ArrayList<>()).add(m);
        }
        byDocument.values().forEach(list -> list.sort(Comparator.comparingInt(MentionRecord::start)));
        return new SentenceMentions(byDocument);
    }

    /** Every mention of every document. */
    List<MentionRecord> all() {
        List<MentionRecord> all = new ArrayList<>();
        byDocument.values().forEach(all::addAll);
        return all;
    }

    /** The mentions inside the claim's sentence, in text order. */
    List<MentionRecord> in(Claim c) {
        return between(c.document(), c.sentenceStart(), c.sentenceEnd());
    }

    /** The mentions of a document that lie inside [start, end), in text order. */
    List<MentionRecord> between(String document, int start, int end) {
        List<MentionRecord> all = byDocument.getOrDefault(document, List.of());
        int lo = 0;
        int hi = all.size();
        while (lo < hi) { // first mention starting at or after start
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<MentionRecord> inside = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).start() < end; i++) {
            if (all.get(i).end() <= end) {
                inside.add(all.get(i));
            }
        }
        return inside;
    }
}
