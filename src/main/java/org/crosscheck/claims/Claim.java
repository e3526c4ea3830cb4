package org.crosscheck.claims;

import java.util.List;

/**
 * One checkable statement: a value a sentence carries, what it is about and who stated it.
 * Offsets ({@code start}, {@code end}) are the value's span in the article's original text;
 * the sentence span likewise.
 *
 * @param id         stable id: document, sentence and value span
 * @param subject    what is measured or dated ("U.S. troops in Iraq", "embassy closure")
 * @param predicate  the verb lemma the value hangs on ("reduce", "kill", "take", "say")
 * @param valueText  the value as written, hedge included ("more than 5,000")
 * @param unit       the thing counted or the unit ("troop", "day", "USD"), or empty
 * @param speaker    who the article says made the statement, or empty
 * @param entityIds  the entities the sentence names, by cross-document id
 * @param role       for sentences with several values of one kind: "from", "to", "by"; {@link #ADDED}
 *                   for a count added to an earlier total ("another two", "a further 5"); or empty
 */
public record Claim(
        String id,
        String document,
        int sentenceIndex,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        int start,
        int end,
        ClaimKind kind,
        String subject,
        String predicate,
        String valueText,
        ClaimValue value,
        String normalized,
        String unit,
        String speaker,
        List<String> entityIds,
        String role) {

    /** The role of a count added to a total the reader already has ("another two people", "two more"). */
    public static final String ADDED = "added";

    public Claim {
        entityIds = List.copyOf(entityIds);
    }
}
