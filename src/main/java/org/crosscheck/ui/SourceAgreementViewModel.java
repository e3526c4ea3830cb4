package org.crosscheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.service.TableFile;

/**
 * The source agreement view: the matrix of sources by sources, the disagreements of the source
 * chosen, a cell's facts handed to the table as its filter, and export of the matrix as CSV.
 */
public final class SourceAgreementViewModel {
    private final ProjectSession session;
    private final FactTableViewModel facts;
    private final ReadOnlyObjectWrapper<SourceAgreement> matrix = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DocumentInfo> chosenSource = new SimpleObjectProperty<>();
    private final ObservableList<String> disagreements = FXCollections.observableArrayList();
    private Runnable showTable = () -> { };

    public SourceAgreementViewModel(ProjectSession session, FactTableViewModel facts) {
        this.session = session;
        this.facts = facts;
        session.indexProperty().addListener(obs -> rebuild());
        chosenSource.addListener(obs -> listDisagreements());
        rebuild();
    }

    public ReadOnlyObjectProperty<SourceAgreement> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** The source whose disagreements are listed. */
    public ObjectProperty<DocumentInfo> chosenSourceProperty() {
        return chosenSource;
    }

    /** One line per disagreeing fact of the chosen source: its value against the others'. */
    public ObservableList<String> disagreements() {
        return disagreements;
    }

    /** What brings the table to the front after a cell was clicked. */
    public void setShowTable(Runnable action) {
        this.showTable = action;
    }

    public String sourceName(String document) {
        return ClaimInspectorViewModel.sourceName(document, session.index());
    }

    /** Filters the table to the cell's facts and shows it. */
    public void openCell(SourceAgreement.Cell cell) {
        if (cell == null || cell.facts() == 0) {
            return;
        }
        String words = cell.source().equals(cell.other())
                ? "the " + cell.facts() + " facts " + sourceName(cell.source()) + " reports"
                : "the " + cell.facts() + " facts both " + sourceName(cell.source()) + " and "
                        + sourceName(cell.other()) + " report";
        facts.clearFilters();
        facts.factFilterProperty().set(new FactTableViewModel.FactSet(words, cell.factIds()));
        showTable.run();
    }

    /** Writes the matrix as CSV: one row per ordered pair of sources. */
    public void exportCsv(Path file) {
        SourceAgreement shown = matrix.get();
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentInfo a : shown.sources()) {
            for (DocumentInfo b : shown.sources()) {
                SourceAgreement.Cell c = shown.cell(a.name(), b.name());
                rows.add(List.of(a.name(), b.name(), c.facts(), c.agree(), c.disagree(),
                        String.format(Locale.ROOT, "%.3f", c.shareAgree()),
                        String.format(Locale.ROOT, "%.3f", c.shareDisagree()), c.copy()));
            }
        }
        try {
            TableFile.write(file, List.of("source", "other_source", "facts_both", "agree", "disagree", "share_agree",
                    "share_disagree", "copy"), rows);
            session.statusProperty().set("Saved the source agreement matrix to " + file + ".");
        } catch (IOException | RuntimeException e) {
            session.fail("save the matrix as " + file.getFileName(), e);
        }
    }

    /** Says in the status line that the picture was saved, or why not. */
    public void saved(Path file, Exception failure) {
        session.saved(file, failure);
    }

    private void rebuild() {
        SourceAgreement built = SourceAgreement.of(session.index());
        matrix.set(built);
        DocumentInfo chosen = chosenSource.get();
        if (chosen == null || built.sources().stream().noneMatch(d -> d.name().equals(chosen.name()))) {
            chosenSource.set(built.sources().isEmpty() ? null : built.sources().get(0));
        }
        listDisagreements();
    }

    private void listDisagreements() {
        DocumentInfo source = chosenSource.get();
        SourceAgreement shown = matrix.get();
        if (source == null || shown == null) {
            disagreements.clear();
            return;
        }
        SnapshotIndex index = session.index();
        disagreements.setAll(shown.disagreementsOf(source.name(), index).stream()
                .map(id -> describe(index.fact(id).orElseThrow(), source.name(), index)).toList());
    }

    private String describe(Fact fact, String source, SnapshotIndex index) {
        List<Claim> claims = index.claimsOf(fact);
        String own = claims.stream().filter(c -> c.document().equals(source)).map(Claim::valueText)
                .reduce((a, b) -> a + " / " + b).orElse("");
        String others = claims.stream().filter(c -> !c.document().equals(source))
                .map(c -> "“" + FactRow.shorten(c.valueText()) + "” (" + sourceName(c.document()) + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
        return FactRow.shorten(fact.label()) + ": “" + FactRow.shorten(own) + "” against " + others;
    }
}
