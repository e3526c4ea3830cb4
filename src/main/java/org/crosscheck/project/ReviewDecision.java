package org.crosscheck.project;

import java.time.Instant;

/**
 * What the researcher decided about one claim. Stored apart from the machine output, keyed by
 * the claim's stable id, so it survives re-analysis.
 *
 * @param editedValue  the value the researcher typed, or null
 * @param note         a free note, or null
 * @param factOverride where the researcher put the claim: {@code claim:<id>} (same fact as that
 *                     claim), {@code new:<uuid>} (a fact of its own), or null (machine grouping)
 */
public record ReviewDecision(String claimId, ReviewState state, String editedValue, String note,
                             String factOverride, Instant updatedAt) {

    public static ReviewDecision auto(String claimId) {
        return new ReviewDecision(claimId, ReviewState.AUTO, null, null, null, Instant.now());
    }

    public ReviewDecision withState(ReviewState s) {
        return new ReviewDecision(claimId, s, editedValue, note, factOverride, Instant.now());
    }

    public ReviewDecision withEditedValue(String v) {
        return new ReviewDecision(claimId, ReviewState.EDITED, v, note, factOverride, Instant.now());
    }

    public ReviewDecision withNote(String n) {
        return new ReviewDecision(claimId, state, editedValue, n, factOverride, Instant.now());
    }

    /** The same decision, made now (a decision taken over from another researcher's review). */
    public ReviewDecision touched() {
        return new ReviewDecision(claimId, state, editedValue, note, factOverride, Instant.now());
    }

    public ReviewDecision withFactOverride(String o) {
        return new ReviewDecision(claimId, state, editedValue, note, o, Instant.now());
    }
}
