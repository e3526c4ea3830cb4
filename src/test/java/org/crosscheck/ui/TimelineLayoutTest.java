package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;

/** The timeline's layout of the hand-built sample story (three reports, two dates in dispute). */
class TimelineLayoutTest {
    private final SnapshotIndex index = new SnapshotIndex(SampleProject.workbench().snapshot());

    @Test
    void theCompetingDatesOfADisagreementStandInOneLaneOneRowEach() {
        TimelineLayout layout = TimelineLayout.of(index, TimelineLayout.LaneMode.FACT);
        List<TimelineLayout.Mark> disputed = layout.marks().stream().filter(m -> m.factId().equals("f-date")).toList();
        assertThat(disputed).extracting(TimelineLayout.Mark::claimId)
                .containsExactlyInAnyOrder("r-date", "a-date", "j-date");
        assertThat(disputed).extracting(TimelineLayout.Mark::lane).containsOnly(0); // disagreements first
        assertThat(disputed).extracting(TimelineLayout.Mark::row).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(disputed).allMatch(m -> m.status() == FactStatus.DISAGREE);
        assertThat(layout.lanes().get(0).title()).startsWith("✖ disagree");
    }

    @Test
    void aMonthIsDrawnAsTheWholeMonthAndADayAsOneDay() {
        TimelineLayout layout = TimelineLayout.of(index, TimelineLayout.LaneMode.SOURCE);
        TimelineLayout.Mark october = layout.mark("a-date").orElseThrow();
        assertThat(october.first()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(october.last()).isEqualTo(LocalDate.of(2020, 10, 31));
        TimelineLayout.Mark wednesday = layout.mark("r-said").orElseThrow();
        assertThat(wednesday.first()).isEqualTo(wednesday.last()).isEqualTo(LocalDate.of(2020, 9, 9));
    }

    @Test
    void sourceLanesStackOverlappingSpansAndKeepOthersOnOneRow() {
        TimelineLayout layout = TimelineLayout.of(index, TimelineLayout.LaneMode.SOURCE);
        // Reuters: 9 September (a day) inside September (a month): two rows.
        assertThat(layout.lanes().get(0).title()).isEqualTo("Reuters");
        assertThat(layout.lanes().get(0).rows()).isEqualTo(2);
        assertThat(layout.lanes()).extracting(TimelineLayout.Lane::title).containsExactly("Reuters", "AP", "Al Jazeera");
        assertThat(layout.marks()).hasSize(4);
        assertThat(layout.unplaced()).isEmpty();
    }

    @Test
    void oneStrayYearLeavesTheFocusOnTheDaysMostClaimsFallIn() {
        List<TimelineLayout.Mark> marks = new java.util.ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            LocalDate d = LocalDate.of(2005, 11, 20 + day);
            marks.add(new TimelineLayout.Mark("c" + day, "f", 0, 0, d, d, null, FactStatus.SINGLE, "", ""));
        }
        marks.add(new TimelineLayout.Mark("stray", "f", 0, 0, LocalDate.of(1353, 1, 1), LocalDate.of(1353, 12, 31),
                null, FactStatus.SINGLE, "", ""));
        TimelineLayout.Focus focus = TimelineLayout.focus(marks);
        assertThat(focus.first()).isEqualTo(LocalDate.of(2005, 11, 21));
        assertThat(focus.last()).isEqualTo(LocalDate.of(2005, 11, 29));
        assertThat(focus.outside()).isEqualTo(1);
    }
}
