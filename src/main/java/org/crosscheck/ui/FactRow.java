package org.crosscheck.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * One row of the cross-source table: a fact, its claims and, per source document, the value
 * that source gives.
 */
public record FactRow(Fact fact, List<Claim> claims, Map<String, SourceCell> cells, String searchText,
                      boolean hasUnreviewed) {

    /** Disagreements first, then facts reported by more sources, then by label. */
    public static final Comparator<FactRow> DEFAULT_ORDER = Comparator
            .comparingInt((FactRow r) -> statusRank(r.fact().status()))
            .thenComparing(r -> -r.cells().size())
            .thenComparing(FactRow::label, String.CASE_INSENSITIVE_ORDER);

    public static FactRow of(Fact fact, SnapshotIndex index) {
        List<Claim> claims = index.claimsOf(fact);
        Map<String, SourceCell> cells = new LinkedHashMap<>();
        StringBuilder search = new StringBuilder(fact.label()).append('\n');
        boolean unreviewed = false;
        for (Claim c : claims) {
            ReviewDecision review = index.review(c.id());
            unreviewed |= review.state() == ReviewState.AUTO;
            cells.merge(c.document(), SourceCell.of(c, review), SourceCell::and);
            search.append(c.sentence()).append('\n').append(c.valueText()).append('\n')
                    .append(c.subject()).append('\n').append(c.speaker()).append('\n');
        }
        return new FactRow(fact, claims, cells, search.toString().toLowerCase(Locale.ROOT), unreviewed);
    }

    public String label() {
        return fact.label();
    }

    /** The label as the table shows it, cut like the values. */
    public String shortLabel() {
        return shorten(fact.label());
    }

    public String statusLabel() {
        return StatusLabels.of(fact.status());
    }

    public String disagreementLabel() {
        return StatusLabels.of(fact.disagreement());
    }

    public SourceCell cell(String document) {
        return cells.get(document);
    }

    public boolean matches(String query) {
        return query == null || query.isBlank() || searchText.contains(query.strip().toLowerCase(Locale.ROOT));
    }

    private static int statusRank(FactStatus status) {
        return switch (status) {
            case DISAGREE -> 0;
            case AGREE -> 1;
            case SINGLE -> 2;
        };
    }

    /** Long values (quotes) are cut in the table, so one row never fills the screen; the tooltip has them whole. */
    static final int MAX_CELL_CHARS = 64;

    static String shorten(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CELL_CHARS);
        return text.substring(0, cut > MAX_CELL_CHARS / 2 ? cut : MAX_CELL_CHARS).stripTrailing() + "…";
    }

    /** What one source says in a fact: the value as written (or as the researcher edited it). */
    public record SourceCell(String text, String tooltip, ReviewState review) {

        static SourceCell of(Claim claim, ReviewDecision review) {
            String value = review.editedValue() != null ? review.editedValue() : claim.valueText();
            String normalised = claim.normalized() == null || claim.normalized().isBlank()
                    ? "" : "Normalised: " + claim.normalized() + "\n";
            String written = value.length() > MAX_CELL_CHARS ? "Value: " + value + "\n" : "";
            String tooltip = written + normalised + "Review: " + StatusLabels.of(review.state())
                    + (review.editedValue() != null ? "\nAs written: " + claim.valueText() : "")
                    + "\n\n" + claim.sentence();
            return new SourceCell(StatusLabels.mark(review.state()) + shorten(value), tooltip, review.state());
        }

        SourceCell and(SourceCell other) {
            return new SourceCell(text + " / " + other.text, tooltip + "\n———\n" + other.tooltip, review);
        }
    }
}
