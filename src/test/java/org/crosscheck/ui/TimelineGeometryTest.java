package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's pixels: a span of centuries still fits, and its axis is labelled sparsely. */
class TimelineGeometryTest {

    @Test
    void aStrayYearCenturiesOffAndTheStorysDayBothFitIntoAWindow() {
        LocalDate stray = LocalDate.of(1353, 1, 1);
        LocalDate story = LocalDate.of(2005, 11, 27);
        double plot = 1200;
        TimelineGeometry g = TimelineGeometry.fitting(stray, story, plot);
        assertThat(g.x(stray)).isGreaterThanOrEqualTo(TimelineGeometry.LABEL_WIDTH);
        assertThat(g.x(story.plusDays(1))).isLessThanOrEqualTo(TimelineGeometry.LABEL_WIDTH + plot);
    }

    @Test
    void yearTicksOfACenturiesWideAxisAreAtLeastSeventyPixelsApart() {
        TimelineGeometry g = TimelineGeometry.fitting(LocalDate.of(1353, 1, 1), LocalDate.of(2005, 11, 27), 1200);
        List<TimelineGeometry.Tick> ticks = g.ticks(1200);
        assertThat(ticks).hasSizeBetween(3, 20);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(g.x(ticks.get(i).day()) - g.x(ticks.get(i - 1).day())).isGreaterThanOrEqualTo(70);
        }
        assertThat(ticks).allSatisfy(t -> assertThat(t.day().getYear() % 50).isZero());
    }

    @Test
    void aDayWideZoomLabelsEveryDay() {
        TimelineGeometry g = new TimelineGeometry(60, LocalDate.of(2005, 11, 27));
        assertThat(g.ticks(600)).extracting(TimelineGeometry.Tick::label).startsWith("27 Nov", "28 Nov");
    }
}
