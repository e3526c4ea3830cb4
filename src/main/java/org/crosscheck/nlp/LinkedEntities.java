package org.crosscheck.nlp;

import java.util.List;

/**
 * The result of entity linking over one project.
 *
 * @param entities  every real-world entity found, in order of first mention
 * @param documents the input documents, their entity mentions now carrying {@link Entity#id()}s
 */
public record LinkedEntities(List<Entity> entities, List<AnnotatedDocument> documents) {
    public LinkedEntities {
        entities = List.copyOf(entities);
        documents = List.copyOf(documents);
    }
}
