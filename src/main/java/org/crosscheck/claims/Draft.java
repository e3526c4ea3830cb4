package org.crosscheck.claims;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.Quantity;

/**
 * A value found in a sentence, before it becomes a claim: the stages find drafts, then fill in
 * their predicate, unit, subject and role. Token indexes are the sentence's.
 */
final class Draft {
    final MentionType type;
    final Mention mention;
    final int begin;
    final int valueBegin;
    /** Exclusive; grows when a unit the tokenizer cut from the digits joins the value. */
    int end;
    String predicate;
    String unit;
    String subject;
    String role;
    int indefiniteHead = -1;
    String headWord;
    /** The event a possessive date names ("Monday's dam collapse" -> "dam collapse"). */
    String eventSubject;
    /** A quantifier without digits ("a few", "thousands"), found by {@link CountsWithoutDigits}. */
    boolean vague;
    /** A value whose unit the normaliser reads off its own words ("the 88th minute", "half a percentage point"). */
    boolean measured;
    /**
     * The kind a stage already knows from the words around the value (an age, a time of day), or
     * null: then {@link ValueClaims} reads the kind from the mention type and the value.
     */
    ClaimKind kind;
    /** A value a stage read from the words around it ("no one was killed": none), or null: the normaliser reads it. */
    Quantity value;
    /** For an age: the entity id of the person it is the age of, or null when no name is given. */
    String entityId;

    Draft(MentionType type, Mention mention, int begin, int valueBegin, int end) {
        this.type = type;
        this.mention = mention;
        this.begin = begin;
        this.valueBegin = valueBegin;
        this.end = end;
    }
}
