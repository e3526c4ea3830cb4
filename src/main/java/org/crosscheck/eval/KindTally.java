package org.crosscheck.eval;

/**
 * How the labelled DISAGREE pairs of one kind fared.
 *
 * @param labelled pairs labelled DISAGREE with this kind
 * @param found those the analysis also marked DISAGREE
 * @param kindRight those found with this kind named
 */
public record KindTally(String kind, int labelled, int found, int kindRight) {
}
