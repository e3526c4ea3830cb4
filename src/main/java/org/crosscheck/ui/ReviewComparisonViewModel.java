package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.review.ReviewComparison;

/**
 * Two researchers, one story: this project's review exported for the other researcher, theirs
 * imported and compared claim by claim, the claims where the two differ side by side, adjudication
 * (take theirs, keep mine) and the agreement figures.
 */
public final class ReviewComparisonViewModel {
    private final ProjectSession session;
    private final ObservableList<Difference> differences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper("Import another researcher's review"
            + " of the same articles to compare it with this project's.");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private Path imported;

    /** One claim on which the two reviews differ, as the list shows it. */
    public record Difference(String fact, String source, String value, String mine, String theirs,
                             ReviewComparison.ClaimPair pair) {
    }

    public ReviewComparisonViewModel(ProjectSession session) {
        this.session = session;
    }

    public ObservableList<Difference> differences() {
        return differences;
    }

    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Writes this project's review for another researcher. */
    public void exportReview(Path file) {
        session.read("export the review decisions", wb -> {
            wb.exportReviews(file);
            return file;
        }, done -> session.statusProperty().set("Saved this project's review decisions to " + done
                + "; the other researcher imports it in their project of the same articles."));
    }

    /** Reads another researcher's review and compares it with this project's. */
    public void importReview(Path file) {
        session.read("import the review " + file.getFileName(), wb -> wb.compareReviews(file), comparison -> {
            imported = file;
            show(comparison);
            session.statusProperty().set("Compared with " + file.getFileName() + ": "
                    + comparison.agreement().summary() + ".");
        });
    }

    /** Adjudication: these claims take the other researcher's decision (one step; undo takes it back). */
    public void takeTheirs(List<Difference> chosen) {
        if (chosen.isEmpty() || imported == null) {
            return;
        }
        List<ReviewDecision> decisions = chosen.stream().map(d -> d.pair().theirs()).toList();
        Path file = imported;
        session.change("take the other review's decisions", wb -> {
            wb.adoptDecisions(decisions);
            return "Took " + decisions.size() + (decisions.size() == 1 ? " decision" : " decisions") + " from "
                    + file.getFileName() + ".";
        }, done -> importReview(file));
    }

    /** Adjudication: these claims keep this project's decision; they leave the list of differences. */
    public void keepMine(List<Difference> chosen) {
        differences.removeAll(chosen);
        session.statusProperty().set("Kept this project's decision on " + chosen.size()
                + (chosen.size() == 1 ? " claim." : " claims."));
    }

    private void show(ReviewComparison comparison) {
        SnapshotIndex index = session.index();
        List<Difference> rows = new ArrayList<>();
        for (Map.Entry<String, List<ReviewComparison.ClaimPair>> e : comparison.differingByFact().entrySet()) {
            for (ReviewComparison.ClaimPair p : e.getValue()) {
                String fact = p.factId() == null ? "(rejected here, in no fact)"
                        : index.fact(p.factId()).map(f -> FactRow.shorten(f.label())).orElse(p.factId());
                rows.add(new Difference(fact, ClaimInspectorViewModel.sourceName(p.claim().document(), index),
                        FactRow.shorten(p.claim().valueText()), describe(p.mine(), p.myStatus()),
                        describe(p.theirs(), p.theirStatus()), p));
            }
        }
        differences.setAll(rows);
        agreement.set(comparison.agreement().summary() + "; " + rows.size() + " claims differ.");
        problems.set(String.join("\n", comparison.problems()));
    }

    private static String describe(ReviewDecision d, FactStatus status) {
        String decision = StatusLabels.of(d.state()) + (d.editedValue() == null ? "" : " “" + d.editedValue() + "”");
        return decision + " · " + (status == null ? "in no fact" : StatusLabels.of(status));
    }
}
