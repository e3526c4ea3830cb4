package org.crosscheck.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.Entity;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ReviewState;

/**
 * The cross-source table: one row per fact in the default order (disagreements first), the
 * source documents as columns, and the filters (status, disagreement kind, entity, source, search).
 */
public final class FactTableViewModel {
    private final ProjectSession session;
    private final ObservableList<FactRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FactRow> visibleRows = new FilteredList<>(rows);
    /** The visible rows in the order the table shows them; the view binds its comparator to the table's. */
    private final SortedList<FactRow> sortedRows = new SortedList<>(visibleRows);
    private final ObjectProperty<FactSet> factFilter = new SimpleObjectProperty<>();
    private final ObservableList<DocumentInfo> sources = FXCollections.observableArrayList();
    private final ObservableList<Entity> entities = FXCollections.observableArrayList();

    private final ObjectProperty<FactStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Disagreement> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Entity> entityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentInfo> sourceFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringBinding countText;

    public FactTableViewModel(ProjectSession session) {
        this.session = session;
        session.indexProperty().addListener((obs, old, index) -> rebuild(index));
        statusFilter.addListener(obs -> updateFilter());
        kindFilter.addListener(obs -> updateFilter());
        entityFilter.addListener(obs -> updateFilter());
        sourceFilter.addListener(obs -> updateFilter());
        search.addListener(obs -> updateFilter());
        factFilter.addListener(obs -> updateFilter());
        countText = Bindings.createStringBinding(
                () -> visibleRows.size() + " of " + rows.size() + " facts", visibleRows, rows);
        rebuild(session.index());
    }

    public FilteredList<FactRow> visibleRows() {
        return visibleRows;
    }

    public SortedList<FactRow> sortedRows() {
        return sortedRows;
    }

    /** A set of facts chosen elsewhere (a cell of the source agreement matrix), or null for all. */
    public ObjectProperty<FactSet> factFilterProperty() {
        return factFilter;
    }

    /** Some facts by id, with words saying which ("facts both BBC and Payvand report"). */
    public record FactSet(String description, java.util.Set<String> factIds) {
        public FactSet {
            factIds = java.util.Set.copyOf(factIds);
        }
    }

    public ObservableList<DocumentInfo> sources() {
        return sources;
    }

    public ObservableList<Entity> entities() {
        return entities;
    }

    public ObjectProperty<FactStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Disagreement> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<Entity> entityFilterProperty() {
        return entityFilter;
    }

    public ObjectProperty<DocumentInfo> sourceFilterProperty() {
        return sourceFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringProperty selectedFactIdProperty() {
        return session.selectedFactIdProperty();
    }

    public void select(FactRow row) {
        String id = row == null ? null : row.fact().id();
        if (id == null || !id.equals(session.selectedFactIdProperty().get())) {
            session.selectFact(id);
        }
    }

    public void clearFilters() {
        statusFilter.set(null);
        kindFilter.set(null);
        entityFilter.set(null);
        sourceFilter.set(null);
        search.set("");
        factFilter.set(null);
    }

    /**
     * Selects the first fact after the selected one (in the order shown) that still has an
     * unreviewed claim, and that claim; wraps around. False when everything is reviewed.
     */
    public boolean selectNextUnreviewed(List<FactRow> shownOrder) {
        int n = shownOrder.size();
        int start = indexOf(shownOrder, session.selectedFactIdProperty().get());
        for (int step = 1; step <= n; step++) {
            FactRow row = shownOrder.get((start + step + n) % n);
            Optional<Claim> claim = row.claims().stream()
                    .filter(c -> session.index().review(c.id()).state() == ReviewState.AUTO)
                    .findFirst();
            if (claim.isPresent()) {
                session.selectClaim(claim.get().id());
                return true;
            }
        }
        session.statusProperty().set("Every claim in the table has been reviewed.");
        return false;
    }

    /** Moves the selected claim within its fact: +1 the next source, -1 the previous one. */
    public void selectNeighbourClaim(int delta) {
        Optional<Fact> fact = session.selectedFactProperty().get();
        if (fact.isEmpty()) {
            return;
        }
        List<Claim> claims = session.index().claimsOf(fact.get());
        if (claims.isEmpty()) {
            return;
        }
        int at = 0;
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id().equals(session.selectedClaimIdProperty().get())) {
                at = i;
            }
        }
        int next = Math.max(0, Math.min(claims.size() - 1, at + delta));
        session.selectClaim(claims.get(next).id());
    }

    private static int indexOf(List<FactRow> shown, String factId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).fact().id().equals(factId)) {
                return i;
            }
        }
        return -1;
    }

    private void rebuild(SnapshotIndex index) {
        sources.setAll(index.snapshot().documents());
        entities.setAll(index.snapshot().entities().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        List<FactRow> built = new ArrayList<>();
        for (Fact fact : index.snapshot().facts()) {
            built.add(FactRow.of(fact, index));
        }
        built.sort(FactRow.DEFAULT_ORDER);
        rows.setAll(built);
        if (sourceFilter.get() != null && !sources.contains(sourceFilter.get())) {
            sourceFilter.set(null);
        }
        if (entityFilter.get() != null && !entities.contains(entityFilter.get())) {
            entityFilter.set(null);
        }
    }

    private void updateFilter() {
        FactStatus status = statusFilter.get();
        Disagreement kind = kindFilter.get();
        Entity entity = entityFilter.get();
        DocumentInfo source = sourceFilter.get();
        String query = search.get();
        FactSet chosen = factFilter.get();
        visibleRows.setPredicate(row -> (chosen == null || chosen.factIds().contains(row.fact().id()))
                && (status == null || row.fact().status() == status)
                && (kind == null || row.fact().disagreement() == kind)
                && (entity == null || row.claims().stream().anyMatch(c -> c.entityIds().contains(entity.id())))
                && (source == null || row.cells().containsKey(source.name()))
                && row.matches(query));
    }
}
