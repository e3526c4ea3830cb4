package org.crosscheck.service;

/** Receives progress of a long run (model loading, per-article analysis). Called from worker threads. */
public interface ProgressListener {
    /** A stage-level message ("Loading CoreNLP models", "Aligning claims"). */
    void stage(String message);

    /** One article has been finished (analysed, reused or failed) — {@code done} of {@code total}. */
    void article(String document, int done, int total, String outcome);

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void stage(String message) {
        }

        @Override
        public void article(String document, int done, int total, String outcome) {
        }
    };
}
