package org.crosscheck.service;

import java.util.List;

/**
 * The outcome of one analyse run.
 *
 * @param analysed  documents run through the NLP in this run
 * @param reused    documents whose stored analysis was reused (unchanged content)
 * @param failures  one entry per input that could not be analysed, naming the file and the reason
 * @param cancelled true when the run was cancelled before the end
 */
public record AnalysisReport(List<String> analysed, List<String> reused, List<InputFailure> failures,
                             boolean cancelled) {
    public AnalysisReport {
        analysed = List.copyOf(analysed);
        reused = List.copyOf(reused);
        failures = List.copyOf(failures);
    }

    public boolean allSucceeded() {
        return failures.isEmpty() && !cancelled;
    }

    /** One input that could not be analysed. */
    public record InputFailure(String file, String reason) {
    }
}
