package org.crosscheck.claims;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;

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

    Draft(MentionType type, Mention mention, int begin, int valueBegin, int end) {
        this.type = type;
        this.mention = mention;
        this.begin = begin;
        this.valueBegin = valueBegin;
        this.end = end;
    }
}
