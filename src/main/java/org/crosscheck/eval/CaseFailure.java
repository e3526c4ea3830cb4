package org.crosscheck.eval;

/** A case whose analysis failed or reported a problem; its pairs are still scored on what was exported. */
public record CaseFailure(String caseName, String reason) {
}
