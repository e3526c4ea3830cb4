package org.crosscheck.eval;

/**
 * One document's part of a labelled fact: a phrase of the sentence that carries the claim, and,
 * when that sentence holds several values, the value the claim's {@code value_text} must contain.
 *
 * @param document the number that starts the document's file name ("01")
 * @param value    {@code null} when any claim of the sentence counts
 */
public record GoldMember(String document, String phrase, String value) {
}
