package org.crosscheck.nlp;

/**
 * An entity or value mention inside one sentence. Offsets are into the article's analysis
 * text; token indexes are sentence-relative, end exclusive.
 *
 * @param coreNlpNormalized CoreNLP's own normalisation (SUTime TIMEX value, number), or null;
 *                          Crosscheck's normalisers decide the real value
 * @param entityId          the cross-document entity id for entity mentions, null until linked
 */
public record Mention(int start, int end, String text, MentionType type, String coreNlpNormalized,
                      int tokenBegin, int tokenEnd, String entityId) {

    public Mention withEntityId(String id) {
        return new Mention(start, end, text, type, coreNlpNormalized, tokenBegin, tokenEnd, id);
    }
}
