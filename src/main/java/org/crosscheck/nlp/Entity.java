package org.crosscheck.nlp;

import java.util.List;

/** One real-world entity across all documents: its id, canonical name and the names used for it. */
public record Entity(String id, String name, MentionType type, List<String> aliases) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
