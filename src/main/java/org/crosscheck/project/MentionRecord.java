package org.crosscheck.project;

import org.crosscheck.nlp.MentionType;

/**
 * One entity or value mention as stored and exported (mentions.csv row). Offsets are into the
 * document's original decoded text.
 */
public record MentionRecord(String document, int start, int end, String text, MentionType type,
                            String normalized, String entityId, String entityName) {
}
