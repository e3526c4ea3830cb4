package org.crosscheck.eval;

/** The columns of one {@code facts.csv} row that the evaluation needs. */
public record ExportedFact(String factId, String status, String label, String disagreement) {
}
