package org.crosscheck.service;

/** Receives progress of a long run (model loading, per-article analysis). Called from worker threads. */
public interface ProgressListener {
    /** A stage-level message ("Loading CoreNLP models", "Aligning claims"). */
    void stage(String message);

    /**
     * Work on one article starts ({@code index} counts from 0, of {@code total}); its NLP runs until
     * {@link #article} reports it finished. Several articles run at once on a thread pool.
     */
    default void articleStarted(String document, int index, int total) {
    }

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
