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

    private final ProjectSession session;

    public EntitiesViewModel(ProjectSession session) {
        this.session = session;
        session.indexProperty().addListener((obs, old, index) -> rebuild(index));
        rebuild(session.index());
    }

    public ObservableList<EntityRow> rows() {
        return rows;
    }

    /**
     * Merges two alias groups that are one real-world entity; the one mentioned more often keeps
     * its name. Stored as a decision of the researcher, re-applied after every analysis.
     */
    public void merge(EntityRow first, EntityRow second) {
        EntityRow keep = first.mentions() >= second.mentions() ? first : second;
        EntityRow other = keep == first ? second : first;
        session.perform("merge the entities", "Merged “" + other.name() + "” into “" + keep.name() + "”.",
                wb -> wb.mergeEntities(keep.entity().id(), other.entity().id()));
    }

    /** Whether the alias can be taken out of the entity: it has other names to keep. */
    public static boolean canSplit(EntityRow row) {
        return row != null && row.entity().aliases().size() >= 2;
    }

    /** Takes the mentions written as {@code alias} out of the entity into an entity of their own. */
    public void split(EntityRow row, String alias) {
        session.perform("split the entity", "Split “" + alias + "” off “" + row.name() + "”.",
                wb -> wb.splitEntity(row.entity().id(), alias));
    }

    /** The names written for the entity other than its own name; "—" when it is always called that. */
    private static String otherNames(Entity e) {
        String others = String.join(", ", e.aliases().stream().filter(a -> !a.equals(e.name())).toList());
        return others.isEmpty() ? "—" : others;
    }

    private void rebuild(SnapshotIndex index) {
        rows.setAll(index.snapshot().entities().stream()
                .map(e -> new EntityRow(e, otherNames(e), index.mentionCount(e.id())))
                .sorted(Comparator.comparingInt(EntityRow::mentions).reversed()
                        .thenComparing(EntityRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }
}
