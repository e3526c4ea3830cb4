package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.Mention;
import org.crosscheck.project.MentionRecord;

/**
 * Turns one document's linked mentions into mentions.csv rows: offsets and text taken from the
 * file's original text, the normalised value from the claim normalisers, the entity's name.
 */
final class MentionRecords {
    private MentionRecords() {
    }

    static List<MentionRecord> of(Article article, AnnotatedDocument doc, Map<Mention, String> normalized,
                                  Map<String, Entity> entities) {
        OffsetMap offsets = article.offsets();
        String original = article.originalText();
        List<MentionRecord> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            int start = offsets.toOriginal(m.start());
            int end = offsets.toOriginalEnd(m.end());
            String text = end > start && end <= original.length() ? original.substring(start, end) : m.text();
            Entity entity = m.entityId() == null ? null : entities.get(m.entityId());
            out.add(new MentionRecord(article.name(), start, end, text, m.type(), normalized.get(m),
                    m.entityId(), entity == null ? null : entity.name()));
        }
        return out;
    }

    /**
     * A document's stored mentions with their entities' current names: linking another document
     * keeps an entity's id but may give it a fuller name ("Obama", then "Barack Obama").
     */
    static List<MentionRecord> renamed(List<MentionRecord> stored, Map<String, Entity> entities) {
        List<MentionRecord> out = new ArrayList<>(stored.size());
        for (MentionRecord m : stored) {
            Entity entity = m.entityId() == null ? null : entities.get(m.entityId());
            String name = entity == null ? null : entity.name();
            out.add(Objects.equals(name, m.entityName()) ? m : new MentionRecord(m.document(), m.start(), m.end(),
                    m.text(), m.type(), m.normalized(), m.entityId(), name));
        }
        return out;
    }

    static Map<String, Entity> byId(List<Entity> entities) {
        Map<String, Entity> out = new HashMap<>();
        entities.forEach(e -> out.put(e.id(), e));
        return out;
    }
}
