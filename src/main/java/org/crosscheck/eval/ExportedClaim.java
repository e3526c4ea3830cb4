package org.crosscheck.eval;

/** The columns of one {@code claims.csv} row that the evaluation needs. */
public record ExportedClaim(String claimId, String document, String valueText, String factId, String factStatus) {
}
