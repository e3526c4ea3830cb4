package org.crosscheck.ui;

import java.util.Comparator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.nlp.Entity;

/** The alias groups: one row per entity across documents, most mentioned first. */
public final class EntitiesViewModel {
    private final ObservableList<EntityRow> rows = FXCollections.observableArrayList();

    /** One entity with the names used for it and how often it is mentioned. */
    public record EntityRow(Entity entity, String aliases, int mentions) {
        public String name() {
            return entity.name();
        }

        public String type() {
            return entity.type() == null ? "" : entity.type().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public EntitiesViewModel(ProjectSession session) {
        session.indexProperty().addListener((obs, old, index) -> rebuild(index));
        rebuild(session.index());
    }

    public ObservableList<EntityRow> rows() {
        return rows;
    }

    private void rebuild(SnapshotIndex index) {
        rows.setAll(index.snapshot().entities().stream()
                .map(e -> new EntityRow(e, String.join(", ", e.aliases()), index.mentionCount(e.id())))
                .sorted(Comparator.comparingInt(EntityRow::mentions).reversed()
                        .thenComparing(EntityRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }
}
