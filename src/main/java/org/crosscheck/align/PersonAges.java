package org.crosscheck.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;

/**
 * Who an age belongs to, across a story's reports. An age written beside a name ("36-year-old
 * Duncan Rait", "Robert Buckley, 32") is that person's; an age of someone not named ("a 36-year-old
 * Australian climber", "The 36-year-old", "a man in his early 30s") is the one person the story's
 * reports name with such an age, when there is exactly one. News describes the people of a story
 * by their ages consistently, so the age tells whom a sentence is about where the name is missing:
 * "Yesterday, a 36-year-old climber died after falling 150 metres" is Rait's fall.
 */
final class PersonAges {

    private static final String PERSON = "E-person-";
    private static final String NAME = "name:";

    /** Each named person's ages. */
    private final Map<String, Set<Quantity>> agesOf = new HashMap<>();
    /** Each age claim's person (named or recognised), by claim id. */
    private final Map<String, String> ownerOf = new HashMap<>();
    /** The people each sentence's ages name or recognise, by document and sentence start. */
    private final Map<String, Set<String>> peopleOf = new HashMap<>();

    PersonAges(List<Claim> claims) {
        for (Claim c : claims) {
            String named = namedOwner(c);
            if (named != null) {
                agesOf.computeIfAbsent(named, k -> new HashSet<>()).add(c.value().quantity());
            }
        }
        for (Claim c : claims) {
            if (c.kind() != ClaimKind.AGE || c.value() == null || c.value().quantity() == null) {
                continue;
            }
            String owner = namedOwner(c);
            if (owner == null) {
                owner = recognise(c.value().quantity());
            }
            if (owner != null) {
                ownerOf.put(c.id(), owner);
                peopleOf.computeIfAbsent(sentenceKey(c), k -> new LinkedHashSet<>()).add(owner);
            }
        }
    }

    /** The person an age claim belongs to, or null when it is nobody the story names. */
    String owner(Claim age) {
        return ownerOf.get(age.id());
    }

    /** The people the ages of the claim's sentence name or recognise ("a 36-year-old climber" is Rait). */
    Set<String> peopleIn(Claim c) {
        return peopleOf.getOrDefault(sentenceKey(c), Set.of());
    }

    /** The person an age is written beside: its subject is a name, and its first entity that person. */
    private static String namedOwner(Claim c) {
        if (c.kind() != ClaimKind.AGE || c.value() == null || c.value().quantity() == null || c.entityIds().isEmpty()
                || c.subject() == null || c.subject().isEmpty() || !Character.isUpperCase(c.subject().charAt(0))) {
            return null;
        }
        String first = c.entityIds().get(0);
        return first.startsWith(PERSON) || first.startsWith(NAME) ? first : null;
    }

    /** The one named person with an age this one can be, or null. */
    private String recognise(Quantity age) {
        String found = null;
        for (Map.Entry<String, Set<Quantity>> e : agesOf.entrySet()) {
            if (e.getValue().stream().anyMatch(q -> NumberNormalizer.compatible(q, age))) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    private static String sentenceKey(Claim c) {
        return c.document() + "#" + c.sentenceStart();
    }
}
