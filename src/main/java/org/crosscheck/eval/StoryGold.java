package org.crosscheck.eval;

import java.util.List;

/**
 * A story's {@code gold.json}: its labelled facts, copies and entity groups (the names one
 * entity goes by, which should share one entity id).
 */
public record StoryGold(List<GoldFact> facts, List<GoldCopy> copies, List<List<String>> entities) {

    public StoryGold {
        facts = List.copyOf(facts);
        copies = List.copyOf(copies);
        entities = entities.stream().map(List::copyOf).toList();
    }
}
