package org.crosscheck.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;

/**
 * Where the dated claims of a project stand on the story timeline: one lane per source or per
 * fact, each claim a span from the first to the last day its date covers (a day, a month, a year),
 * stacked in rows so that no two spans of a lane overlap. In fact lanes every claim has its own
 * row, so the competing dates of a disagreement stand one above the other. Claims whose date could
 * not be placed (no year: the article has no publication date) are listed apart, never guessed.
 */
public record TimelineLayout(List<Lane> lanes, List<Mark> marks, List<Unplaced> unplaced, LocalDate first,
                             LocalDate last, Focus focus) {

    /**
     * The days most marks fall in, which the view fits to at first: one stray date ("struck at 1353",
     * a year read from a clock time) must not shrink a story of two weeks to a pixel. The marks
     * outside stay on the axis; {@code outside} counts them.
     */
    public record Focus(LocalDate first, LocalDate last, int outside) {
    }

    public static final TimelineLayout EMPTY = new TimelineLayout(List.of(), List.of(), List.of(), null, null,
            new Focus(null, null, 0));

    /** How the lanes divide the claims. */
    public enum LaneMode { SOURCE, FACT }

    /** One lane: its title and how many rows of marks it holds. */
    public record Lane(String title, int rows) {
    }

    /** One dated claim on the axis: days {@code first} to {@code last} inclusive. */
    public record Mark(String claimId, String factId, int lane, int row, LocalDate first, LocalDate last,
                       Granularity granularity, FactStatus status, String label, String tooltip) {
    }

    /** A dated claim that cannot be placed, and why. */
    public record Unplaced(String claimId, String source, String value, String reason) {
    }

    public static TimelineLayout of(SnapshotIndex index, LaneMode mode) {
        List<Claim> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Claim c : index.snapshot().claims()) {
            if (c.kind() != ClaimKind.DATE) {
                continue;
            }
            DateValue date = c.value() == null ? null : c.value().date();
            if (date != null && !date.isPartial() && index.factOfClaim(c.id()).isPresent()) {
                placed.add(c);
            } else {
                unplaced.add(new Unplaced(c.id(), ClaimInspectorViewModel.sourceName(c.document(), index),
                        c.valueText(), whyUnplaced(c, index)));
            }
        }
        Map<String, List<Claim>> byLane = new LinkedHashMap<>();
        if (mode == LaneMode.SOURCE) {
            index.snapshot().documents().forEach(d -> byLane.put(d.name(), new ArrayList<>()));
            placed.forEach(c -> byLane.get(c.document()).add(c));
            byLane.values().removeIf(List::isEmpty);
        } else {
            // Disagreements first, as in the table; then by the day each fact starts.
            placed.stream().sorted(Comparator.comparingInt((Claim c) -> rank(index.factOfClaim(c.id()).orElseThrow().status()))
                            .thenComparing(c -> start(c)))
                    .forEach(c -> byLane.computeIfAbsent(index.factOfClaim(c.id()).orElseThrow().id(),
                            k -> new ArrayList<>()).add(c));
        }
        List<Lane> lanes = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byLane.entrySet()) {
            int lane = lanes.size();
            List<Claim> claims = new ArrayList<>(e.getValue());
            claims.sort(Comparator.comparing(TimelineLayout::start).thenComparing(Claim::start));
            List<LocalDate> rowEnds = new ArrayList<>();
            for (Claim c : claims) {
                int row = mode == LaneMode.FACT ? rowEnds.size() : freeRow(rowEnds, start(c));
                if (row == rowEnds.size()) {
                    rowEnds.add(null);
                }
                rowEnds.set(row, c.value().date().last());
                marks.add(mark(c, lane, row, mode, index));
            }
            lanes.add(new Lane(laneTitle(e.getKey(), mode, index), rowEnds.size()));
        }
        LocalDate first = marks.stream().map(Mark::first).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = marks.stream().map(Mark::last).max(Comparator.naturalOrder()).orElse(null);
        return new TimelineLayout(lanes, marks, unplaced, first, last, focus(marks));
    }

    /**
     * The marks within reach of the middle half of their days (first to third quartile): the reach
     * is twice that span, at least 30 days, on each side; every mark within it stays in focus.
     */
    static Focus focus(List<Mark> marks) {
        if (marks.isEmpty()) {
            return new Focus(null, null, 0);
        }
        List<Long> days = marks.stream().map(m -> m.first().toEpochDay()).sorted().toList();
        long low = days.get((int) Math.floor(0.25 * (days.size() - 1)));
        long high = days.get((int) Math.ceil(0.75 * (days.size() - 1)));
        long reach = Math.max(30, 2 * (high - low));
        List<Mark> inside = marks.stream().filter(m -> m.first().toEpochDay() >= low - reach
                && m.last().toEpochDay() <= high + reach).toList();
        LocalDate first = inside.stream().map(Mark::first).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = inside.stream().map(Mark::last).max(Comparator.naturalOrder()).orElseThrow();
        return new Focus(first, last, marks.size() - inside.size());
    }

    public Optional<Mark> mark(String claimId) {
        return marks.stream().filter(m -> m.claimId().equals(claimId)).findFirst();
    }

    /** The first row whose last mark ends before {@code day}; a new row when none does. */
    private static int freeRow(List<LocalDate> rowEnds, LocalDate day) {
        for (int i = 0; i < rowEnds.size(); i++) {
            if (rowEnds.get(i).isBefore(day)) {
                return i;
            }
        }
        return rowEnds.size();
    }

    private static int rank(FactStatus status) {
        return switch (status) {
            case DISAGREE -> 0;
            case AGREE -> 1;
            case SINGLE -> 2;
        };
    }

    private static LocalDate start(Claim c) {
        return c.value().date().first();
    }

    private static Mark mark(Claim c, int lane, int row, LaneMode mode, SnapshotIndex index) {
        DateValue date = c.value().date();
        Fact fact = index.factOfClaim(c.id()).orElseThrow();
        String source = ClaimInspectorViewModel.sourceName(c.document(), index);
        String value = FactRow.shorten(c.valueText());
        String label = mode == LaneMode.FACT ? source + ": " + value : value;
        String tooltip = source + ": " + c.valueText() + " (" + date.timex() + ")\n" + fact.label() + " — "
                + StatusLabels.of(fact.status()) + "\n\n" + c.sentence();
        return new Mark(c.id(), fact.id(), lane, row, date.first(), date.last(), date.granularity(), fact.status(),
                label, tooltip);
    }

    private static String laneTitle(String key, LaneMode mode, SnapshotIndex index) {
        if (mode == LaneMode.SOURCE) {
            return ClaimInspectorViewModel.sourceName(key, index);
        }
        Fact fact = index.fact(key).orElseThrow();
        return StatusLabels.of(fact.status()) + " · " + FactRow.shorten(fact.label());
    }

    private static String whyUnplaced(Claim c, SnapshotIndex index) {
        boolean undated = index.document(c.document()).map(DocumentInfo::published).isEmpty();
        if (undated) {
            return "the article has no publication date, so “" + c.valueText() + "” has no year;"
                    + " set the date in the sources list";
        }
        return "the date could not be resolved to days";
    }
}
