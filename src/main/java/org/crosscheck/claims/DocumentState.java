package org.crosscheck.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.normalize.DateValue;

/**
 * What carries over from sentence to sentence of one article: the date anchor, the speakers a
 * pronoun may stand for, and the last count "this number" refers to. The stages read it; the
 * speaker and value-claim stages and {@link #afterSentence} write it.
 */
final class DocumentState {
    /** Entity id -> its longest mention in the document, used as the speaker's canonical name. */
    private final Map<String, String> canonicalNames = new HashMap<>();
    DateValue anchor;
    String paragraphSpeaker;
    boolean paragraphSpeakerIsPerson;
    String lastNamedSpeaker;
    /** The person the previous sentence opened with, the likeliest "he" or "she" of this one. */
    String lastPerson;
    int previousSentenceEnd = -1;
    /** The last count's unit and subject, what "this number" or "the toll" of the next sentence refers to. */
    String lastCountUnit;
    String lastCountSubject;
    /** The organisation the latest sentence naming one opened with, the likeliest "it" once the speaker is far back. */
    String lastOrganization;
    /** Sentences since the last one with an attribution: "it said" right after one is that speaker again. */
    int sentencesSinceSpeaker;

    DocumentState(AnnotatedDocument doc) {
        for (Mention m : doc.mentions()) {
            if (m.entityId() != null && m.type().isEntity()) {
                canonicalNames.merge(m.entityId(), m.text(), (a, b) -> b.length() > a.length() ? b : a);
            }
        }
    }

    /** A mention's name: its entity's canonical name, else the words as written. */
    String nameOf(Mention m) {
        String name = m.entityId() == null ? null : canonicalNames.get(m.entityId());
        return name != null ? name : m.text();
    }

    /** Carries what the next sentence may refer back to: its last count, its speaker's distance, its subject. */
    void afterSentence(Sentence sentence, List<Claim> sentenceClaims, boolean attributed) {
        for (Claim c : sentenceClaims) {
            boolean countsSources = c.speaker() != null && c.speaker().contains(c.valueText());
            if (c.kind() == ClaimKind.COUNT && c.unit() != null && !countsSources) {
                lastCountUnit = c.unit();
                lastCountSubject = c.subject();
            }
        }
        sentencesSinceSpeaker = attributed ? 0 : sentencesSinceSpeaker + 1;
        for (Mention m : sentence.mentions()) {
            if (m.type() == MentionType.ORGANIZATION) {
                lastOrganization = nameOf(m);
                break;
            }
        }
        lastPerson = null;
        for (Mention m : sentence.mentions()) {
            if (m.type() == MentionType.PERSON && m.tokenBegin() <= 3) {
                // the sentence's subject: "Mehdi Zareh, director of ..., dismissed concerns"
                lastPerson = nameOf(m);
                break;
            }
        }
        previousSentenceEnd = sentence.end();
    }
}
