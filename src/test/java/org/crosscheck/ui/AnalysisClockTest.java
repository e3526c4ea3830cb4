package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnalysisClockTest {
    private final AtomicLong now = new AtomicLong();
    private final AnalysisClock clock = new AnalysisClock(now::get);

    private void seconds(long s) {
        now.addAndGet(s * 1_000_000_000L);
    }

    @Test
    void namesTheArticleBeingReadWithNoEstimateBeforeThePaceIsKnown() {
        assertThat(clock.reading("02_payvand.txt", 0, 6)).isEqualTo("Reading 02_payvand.txt — 0 of 6 done");
    }

    @Test
    void theTimeLeftFollowsThePaceOfTheArticlesAfterTheFirst() {
        seconds(30); // the first article also waited for the models
        clock.finished(1);
        seconds(10);
        clock.finished(2);
        seconds(10);
        clock.finished(3);
        // two articles in 20 s since the first: 10 s each, three to go
        assertThat(clock.analysed(3, 6)).isEqualTo("Analysed 3 of 6 articles, about 30 s left");
        assertThat(clock.reading("04_terradaily.txt", 3, 6))
                .isEqualTo("Reading 04_terradaily.txt — 3 of 6 done, about 30 s left");
    }

    @Test
    void longRunsAreSaidInMinutesAndHours() {
        assertThat(AnalysisClock.duration(125)).isEqualTo("2 min 05 s");
        assertThat(AnalysisClock.duration(7260)).isEqualTo("2 h 01 min");
    }
}
