package org.crosscheck.service;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Time spent in each stage of the last run, in nanoseconds summed over threads. The benchmark
 * prints it; the workbench fills it as it goes.
 */
public final class StageTimes {

    /**
     * The stages of the data flow. EMBED is the encoding of claim texts not stored before, which
     * happens on demand inside ALIGN: ALIGN's time includes it (decision 0012).
     */
    public enum Stage { LOAD, NLP, CLAIMS, EMBED, ALIGN, STORE, EXPORT }

    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);
    private final AtomicLong encoded = new AtomicLong();

    void add(Stage stage, long elapsedNanos) {
        nanos.addAndGet(stage.ordinal(), elapsedNanos);
    }

    /** Runs {@code work}, charging its time to {@code stage}. */
    <T> T time(Stage stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void time(Stage stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    void countEncoded(int texts) {
        encoded.addAndGet(texts);
    }

    /** Texts the sentence-embedding model encoded in the run (texts met before are read from the project). */
    public long encodedTexts() {
        return encoded.get();
    }

    public Map<Stage, Long> millis() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            out.put(s, nanos.get(s.ordinal()) / 1_000_000);
        }
        return out;
    }
}
