package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the researcher's entity decisions (merge two entities, split an alias off) to the
 * linker's output, in the order they were made, so that they survive every re-analysis.
 *
 * <p>Entities are found by name, compared through {@link NameKeys#normalize} (case, accents and
 * punctuation ignored): first the entity whose canonical name it is, else the first entity that
 * has it as an alias. A decision whose names no longer occur (the article was removed) or that
 * has nothing left to do (already one entity, or the alias is the entity's only name) is skipped.
 *
 * <p>A merge keeps the first entity's id, name and type and moves the other's mentions to it. A
 * split moves the mentions written as the alias to a new entity named after it, with the id
 * {@code E-<type>-<alias slug>} (numbered when taken).
 */
public final class EntityOverrides {

    private EntityOverrides() {
    }

    public static LinkedEntities apply(LinkedEntities linked, List<EntityDecision> decisions) {
        if (decisions.isEmpty()) {
            return linked;
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        linked.entities().forEach(e -> entities.put(e.id(), e));
        // Which entity each mention ends up in: by old id, and (for splits) by id and alias.
        Map<String, String> movedIds = new HashMap<>();
        Map<String, Map<String, String>> splitAliases = new HashMap<>();
        for (EntityDecision d : decisions) {
            if (d.kind() == EntityDecision.Kind.MERGE) {
                merge(entities, d, movedIds, splitAliases);
            } else {
                split(entities, d, splitAliases);
            }
        }
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (AnnotatedDocument doc : linked.documents()) {
            List<Sentence> sentences = new ArrayList<>(doc.sentences().size());
            for (Sentence s : doc.sentences()) {
                List<Mention> mentions = new ArrayList<>(s.mentions().size());
                for (Mention m : s.mentions()) {
                    mentions.add(m.entityId() == null ? m : m.withEntityId(finalId(m, movedIds, splitAliases)));
                }
                sentences.add(s.withMentions(mentions));
            }
            documents.add(new AnnotatedDocument(doc.documentName(), sentences));
        }
        return new LinkedEntities(new ArrayList<>(entities.values()), documents);
    }

    /**
     * Follows a mention through the decisions: a split takes it to the alias's entity when its
     * text is that alias; a merge takes every mention of an entity to the kept one.
     */
    private static String finalId(Mention m, Map<String, String> movedIds, Map<String, Map<String, String>> splits) {
        String id = m.entityId();
        String key = NameKeys.normalize(m.text());
        for (int guard = 0; guard < 1000; guard++) {
            String split = splits.getOrDefault(id, Map.of()).get(key);
            String next = split != null ? split : movedIds.get(id);
            if (next == null) {
                return id;
            }
            id = next;
        }
        return id;
    }

    private static void merge(Map<String, Entity> entities, EntityDecision d, Map<String, String> movedIds,
                              Map<String, Map<String, String>> splits) {
        Optional<Entity> keep = find(entities, d.entity());
        Optional<Entity> other = find(entities, d.other());
        if (keep.isEmpty() || other.isEmpty() || keep.get().id().equals(other.get().id())) {
            return;
        }
        Set<String> aliases = new java.util.TreeSet<>(keep.get().aliases());
        aliases.addAll(other.get().aliases());
        entities.put(keep.get().id(), new Entity(keep.get().id(), keep.get().name(), keep.get().type(),
                List.copyOf(aliases)));
        entities.remove(other.get().id());
        String from = other.get().id();
        String to = keep.get().id();
        movedIds.replaceAll((src, target) -> target.equals(from) ? to : target);
        movedIds.put(from, to);
        // Aliases split off into the merged entity now go to the kept one (a split undone by a merge).
        splits.forEach((src, byAlias) -> {
            byAlias.replaceAll((alias, target) -> target.equals(from) ? to : target);
            byAlias.values().removeIf(src::equals);
        });
        // A split off the merged entity stays a split: its aliases now leave the kept entity.
        Map<String, String> otherSplits = splits.remove(other.get().id());
        if (otherSplits != null) {
            splits.computeIfAbsent(keep.get().id(), k -> new HashMap<>()).putAll(otherSplits);
        }
    }

    private static void split(Map<String, Entity> entities, EntityDecision d, Map<String, Map<String, String>> splits) {
        Optional<Entity> found = find(entities, d.entity());
        String key = NameKeys.normalize(d.other());
        if (found.isEmpty() || key.isEmpty()) {
            return;
        }
        Entity entity = found.get();
        List<String> taken = entity.aliases().stream().filter(a -> NameKeys.normalize(a).equals(key)).toList();
        List<String> kept = entity.aliases().stream().filter(a -> !NameKeys.normalize(a).equals(key)).toList();
        if (taken.isEmpty() || kept.isEmpty()) {
            return;
        }
        String name = entity.name();
        if (NameKeys.normalize(name).equals(key)) {
            name = kept.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        }
        entities.put(entity.id(), new Entity(entity.id(), name, entity.type(), kept));
        String base = "E-" + entity.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + NameKeys.slug(d.other());
        Set<String> used = new HashSet<>(entities.keySet());
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        entities.put(id, new Entity(id, taken.get(0).strip(), entity.type(), taken));
        splits.computeIfAbsent(entity.id(), k -> new HashMap<>()).put(key, id);
    }

    /** The entity with this canonical name, else the first with this alias. */
    private static Optional<Entity> find(Map<String, Entity> entities, String name) {
        String key = NameKeys.normalize(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return entities.values().stream().filter(e -> NameKeys.normalize(e.name()).equals(key)).findFirst()
                .or(() -> entities.values().stream()
                        .filter(e -> e.aliases().stream().anyMatch(a -> NameKeys.normalize(a).equals(key)))
                        .findFirst());
    }
}
