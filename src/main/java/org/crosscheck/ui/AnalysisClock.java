package org.crosscheck.ui;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The words of a running analysis: which article is being read, how many are done and about how
 * long the rest will take, judged by the pace of the articles finished so far (the first article
 * also waits for the models, so the pace is taken from the second one on when there is one).
 */
final class AnalysisClock {
    private final LongSupplier nanoTime;
    private long firstDone = -1;
    private int doneAtFirst;

    AnalysisClock() {
        this(System::nanoTime);
    }

    AnalysisClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Counts an article finished ({@code done} of them so far). */
    void finished(int done) {
        if (firstDone < 0) {
            firstDone = nanoTime.getAsLong();
            doneAtFirst = done;
        }
    }

    /** "Reading 02_payvand.txt — 1 of 6 done, about 40 s left". */
    String reading(String document, int done, int total) {
        return "Reading " + document + " — " + done + " of " + total + " done" + left(done, total);
    }

    /** "Analysed 3 of 6 articles, about 40 s left". */
    String analysed(int done, int total) {
        return "Analysed " + done + " of " + total + " articles" + left(done, total);
    }

    private String left(int done, int total) {
        int paced = done - doneAtFirst;
        if (firstDone < 0 || paced <= 0 || done >= total) {
            return "";
        }
        double secondsEach = (nanoTime.getAsLong() - firstDone) / 1e9 / paced;
        long seconds = Math.round(secondsEach * (total - done));
        return ", about " + duration(seconds) + " left";
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return Math.max(1, seconds) + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
