package org.crosscheck.nlp;

import java.util.Objects;

/**
 * A researcher's correction of the entity linking, stored apart from the machine output and
 * applied after every linking run ({@link EntityOverrides}).
 *
 * <p>Decisions name entities by the names written in the articles, never by entity ids: an id
 * is derived from the longest name of a group and changes when a new article brings a longer
 * one, while the names written stay.
 *
 * @param id     stable id of the decision itself (for undo)
 * @param kind   merge or split
 * @param entity MERGE: a name of the entity that is kept; SPLIT: a name of the entity split
 * @param other  MERGE: a name of the entity merged into it; SPLIT: the alias taken out
 */
public record EntityDecision(String id, Kind kind, String entity, String other) {

    public enum Kind { MERGE, SPLIT }

    public EntityDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(other, "other");
    }
}
