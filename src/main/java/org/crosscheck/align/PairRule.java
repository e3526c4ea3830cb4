package org.crosscheck.align;

/**
 * One rule that can forbid two claims from standing in one fact, whatever else makes them alike
 * (the way each of CoreNLP's coreference sieves is one small class run in a configured order).
 * Rules only see two frames and the story's context; they never look at the rest of a group.
 */
interface PairRule {

    /** Why {@code a} and {@code b} can never be one fact, or null when this rule has no objection. */
    String veto(ClaimFrame a, ClaimFrame b);
}
