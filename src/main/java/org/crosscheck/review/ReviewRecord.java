package org.crosscheck.review;

import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewDecision;

/**
 * One claim of an exported review: the article it is in (by name and content hash, so a review is
 * only ever compared on the same text), the status of its fact as the reviewer saw it, and the
 * reviewer's decision.
 */
public record ReviewRecord(String document, String documentHash, String claimId, String factId,
                           FactStatus factStatus, ReviewDecision decision) {
}
