package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Gives every person, organisation, place and other named entity one id across all documents of
 * a project.
 *
 * <p>People: titles, suffixes and Arabic article prefixes are ignored; transliteration variants
 * of a name match ({@link NameKeys}); two full names are one person when their surnames match and
 * they share a given name (a quoted nickname counts), so namesakes with different given names stay
 * apart. A bare surname joins the full name with that surname in its own document (the nearest one
 * before it when there are several), else the only such full name in the project, else stays on its own.
 * A lone name that is nobody's surname may be a first name ("Saddam" after "Saddam Hussein").
 *
 * <p>CoreNLP's type mistakes are outvoted across documents: a name most articles tag as a place is
 * a place even where one tags it PERSON, and a lone surname tagged as a place in an article that
 * names that person in full is the person.
 *
 * <p>Organisations, places and the rest: one entity per name ignoring case, punctuation and a
 * leading "the", with known aliases ({@code models/entity-aliases.txt}) and an acronym joined to
 * its expansion when exactly one name in the project expands it.
 *
 * <p>Ids are readable and stable for the same input: {@code E-person-mustafa-kadhimi}.
 */
public final class EntityLinker {

    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "de", "des", "du", "&");

    private final NameLexicon lexicon;

    public EntityLinker() {
        this.lexicon = NameLexicon.standard();
    }

    /** Links the entity mentions of all {@code documents}; value mentions are returned unchanged. */
    public LinkedEntities link(List<AnnotatedDocument> documents) {
        List<Occurrence> people = new ArrayList<>();
        List<Occurrence> others = new ArrayList<>();
        TypeVotes votes = new TypeVotes(documents);
        collect(documents, votes, people, others);
        claimSurnamesTaggedAsPlaces(people, others, votes);
        for (int i = 0; i < people.size(); i++) {
            people.get(i).id = i;
        }
        for (int i = 0; i < others.size(); i++) {
            others.get(i).id = people.size() + i;
        }
        UnionFind groups = new UnionFind(people.size() + others.size());
        linkPeople(people, groups);
        linkOthers(others, groups);

        List<Occurrence> all = new ArrayList<>(people);
        all.addAll(others);
        Map<Integer, List<Occurrence>> byGroup = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparingInt((Occurrence o) -> o.document)
                        .thenComparingInt(o -> o.sentence).thenComparingInt(o -> o.mention.start()))
                .forEach(o -> byGroup.computeIfAbsent(groups.find(o.id), k -> new ArrayList<>()).add(o));

        List<Entity> entities = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        Map<Occurrence, Entity> idOf = new HashMap<>();
        for (List<Occurrence> group : byGroup.values()) {
            Entity entity = toEntity(group, usedIds);
            entities.add(entity);
            group.forEach(o -> idOf.put(o, entity));
        }
        return new LinkedEntities(entities, withEntityIds(documents, all, idOf));
    }

    private void collect(List<AnnotatedDocument> documents, TypeVotes votes, List<Occurrence> people,
                         List<Occurrence> others) {
        for (int d = 0; d < documents.size(); d++) {
            List<Sentence> sentences = documents.get(d).sentences();
            for (int position = 0; position < sentences.size(); position++) {
                Sentence sentence = sentences.get(position);
                for (int m = 0; m < sentence.mentions().size(); m++) {
                    Mention mention = sentence.mentions().get(m);
                    if (!mention.type().isEntity()) {
                        continue;
                    }
                    Occurrence occurrence = new Occurrence(d, position, m, mention);
                    if (mention.type() == MentionType.PERSON && !votes.mostlyNotAPerson(mention.text())) {
                        occurrence.name = PersonName.parse(mention.text(), lexicon);
                        if (occurrence.name != null) {
                            people.add(occurrence);
                            continue;
                        }
                    }
                    occurrence.key = lexicon.canonicalKey(NameKeys.phraseKey(mention.text()));
                    if (!occurrence.key.isEmpty()) {
                        others.add(occurrence);
                    }
                }
            }
        }
    }

    /**
     * CoreNLP sometimes tags a lone surname as a place or organisation ("Kadhimi" as LOCATION). A
     * one-word name that the project mostly tags a person and that is the surname of a person named
     * in full in the same document is that person.
     */
    private void claimSurnamesTaggedAsPlaces(List<Occurrence> people, List<Occurrence> others, TypeVotes votes) {
        Map<Integer, List<String>> surnamesByDocument = new HashMap<>();
        for (Occurrence person : people) {
            if (!person.name.isSurnameOnly()) {
                surnamesByDocument.computeIfAbsent(person.document, k -> new ArrayList<>()).add(person.name.surname());
            }
        }
        List<Occurrence> claimed = new ArrayList<>();
        for (Occurrence other : others) {
            String text = other.mention.text();
            if (!text.matches("\\p{Lu}[\\p{L}'’\\-]+") || !votes.mostlyAPerson(text)) {
                continue;
            }
            PersonName name = PersonName.parse(text, lexicon);
            if (name != null && surnamesByDocument.getOrDefault(other.document, List.of()).stream()
                    .anyMatch(surname -> NameKeys.sameName(surname, name.surname()))) {
                other.name = name;
                claimed.add(other);
            }
        }
        others.removeAll(claimed);
        people.addAll(claimed);
    }

    private void linkPeople(List<Occurrence> people, UnionFind groups) {
        // Full names: one representative per written form, compared pairwise only within a surname skeleton.
        Map<String, List<Occurrence>> fullBySurname = new HashMap<>();
        Map<String, Occurrence> firstOfForm = new HashMap<>();
        for (Occurrence person : people) {
            if (person.name.isSurnameOnly()) {
                continue;
            }
            String form = String.join(" ", person.name.idWords()).toLowerCase(Locale.ROOT) + "|" + person.name.givenNames();
            Occurrence first = firstOfForm.putIfAbsent(form, person);
            if (first != null) {
                groups.union(first.id, person.id);
                continue;
            }
            List<Occurrence> bucket = fullBySurname.computeIfAbsent(surnameBucket(person), k -> new ArrayList<>());
            for (Occurrence other : bucket) {
                if (NameKeys.sameName(person.name.surname(), other.name.surname())
                        && person.name.givenNamesCompatible(other.name)) {
                    groups.union(other.id, person.id);
                }
            }
            bucket.add(person);
        }
        FullNameIndex bySurname = new FullNameIndex(people, PersonName::surname, groups);
        FullNameIndex byFirstName = new FullNameIndex(people, name -> name.givenNames().get(0), groups);
        List<Occurrence> unlinked = new ArrayList<>();
        for (Occurrence single : people) {
            if (!single.name.isSurnameOnly()) {
                continue;
            }
            Occurrence target = surnameTarget(single, bySurname, groups);
            if (target == null && bySurname.inProject(single).isEmpty()) {
                target = firstNameTarget(single, byFirstName, groups);
            }
            if (target != null) {
                groups.union(target.id, single.id);
            } else {
                unlinked.add(single);
            }
        }
        // Bare surnames with no (or an ambiguous) full name: one entity per spelling-equivalent surname.
        Map<String, List<Occurrence>> unlinkedBySurname = new HashMap<>();
        for (Occurrence single : unlinked) {
            List<Occurrence> bucket = unlinkedBySurname.computeIfAbsent(surnameBucket(single), k -> new ArrayList<>());
            for (Occurrence other : bucket) {
                if (NameKeys.sameName(single.name.surname(), other.name.surname())) {
                    groups.union(other.id, single.id);
                    break;
                }
            }
            bucket.add(single);
        }
    }

    /**
     * A lone name that is nobody's surname but the first name of exactly one person named in full
     * in its document ("Saddam" after "Saddam Hussein"), else in the project; null otherwise.
     */
    private static Occurrence firstNameTarget(Occurrence single, FullNameIndex byFirstName, UnionFind groups) {
        List<Occurrence> sameDocument = byFirstName.inDocument(single);
        return onlyPerson(sameDocument.isEmpty() ? byFirstName.inProject(single) : sameDocument, groups);
    }

    /**
     * The full-name mention a bare surname refers to: the one in its own document (the one named
     * last before it when there are several), else the only one in the project; null when ambiguous.
     */
    private static Occurrence surnameTarget(Occurrence single, FullNameIndex bySurname, UnionFind groups) {
        List<Occurrence> sameDocument = bySurname.inDocument(single);
        if (sameDocument.isEmpty()) {
            return onlyPerson(bySurname.inProject(single), groups);
        }
        Occurrence only = onlyPerson(sameDocument, groups);
        if (only != null) {
            return only;
        }
        Occurrence before = null;
        for (Occurrence candidate : sameDocument) {
            if (candidate.comesBefore(single)) {
                before = candidate;
            }
        }
        return before != null ? before : sameDocument.get(0);
    }

    /** The first candidate when all candidates are one person, else null. */
    private static Occurrence onlyPerson(List<Occurrence> candidates, UnionFind groups) {
        return !candidates.isEmpty() && candidates.stream().map(c -> groups.find(c.id)).distinct().count() == 1
                ? candidates.get(0) : null;
    }

    private static String surnameBucket(Occurrence person) {
        return bucket(person.name.surname());
    }

    private static String bucket(String nameWord) {
        return NameKeys.skeleton(NameKeys.normalize(nameWord));
    }

    private void linkOthers(List<Occurrence> others, UnionFind groups) {
        Map<String, Occurrence> firstOfKey = new LinkedHashMap<>();
        Map<String, Occurrence> firstOfSpacelessKey = new HashMap<>(); // "TimeWarner" is "Time Warner"
        for (Occurrence other : others) {
            Occurrence first = firstOfKey.putIfAbsent(other.key, other);
            if (first != null) {
                groups.union(first.id, other.id);
            }
            Occurrence firstSpaceless = firstOfSpacelessKey.putIfAbsent(other.key.replace(" ", ""), other);
            if (firstSpaceless != null) {
                groups.union(firstSpaceless.id, other.id);
            }
        }
        Map<String, Set<String>> expansionsByInitials = new HashMap<>();
        for (String key : firstOfKey.keySet()) {
            String initials = initials(key);
            if (initials != null) {
                expansionsByInitials.computeIfAbsent(initials, k -> new TreeSet<>()).add(key);
            }
        }
        for (Occurrence first : firstOfKey.values()) {
            if (!looksLikeAcronym(first)) {
                continue;
            }
            Set<String> expansions = expansionsByInitials.getOrDefault(first.key, Set.of());
            if (expansions.size() == 1) {
                groups.union(firstOfKey.get(expansions.iterator().next()).id, first.id);
            }
        }
    }

    /** "International Crisis Group" gives "icg"; null for one-word names. */
    private static String initials(String key) {
        String[] words = key.split(" ");
        if (words.length < 2) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!ACRONYM_SKIP.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }

    private static boolean looksLikeAcronym(Occurrence occurrence) {
        String letters = occurrence.mention.text().replaceAll("[^\\p{L}]", "");
        return occurrence.key.indexOf(' ') < 0 && letters.length() >= 2 && letters.length() <= 6
                && letters.equals(letters.toUpperCase());
    }

    private Entity toEntity(List<Occurrence> group, Set<String> usedIds) {
        MentionType type = group.stream().anyMatch(o -> o.name != null) ? MentionType.PERSON : majorityType(group);
        Map<String, Integer> frequency = new HashMap<>();
        group.forEach(o -> frequency.merge(o.mention.text(), 1, Integer::sum));
        String name;
        String idBase;
        if (type == MentionType.PERSON) {
            Occurrence best = group.stream().max(Comparator
                    .comparingInt((Occurrence o) -> o.name.idWords().size())
                    .thenComparingInt(o -> o.name.display().length())
                    .thenComparingInt(o -> frequency.get(o.mention.text()))
                    .thenComparing(o -> o.name.display(), Comparator.reverseOrder())).orElseThrow();
            name = best.name.display();
            idBase = String.join(" ", best.name.idWords());
        } else {
            name = group.stream().map(o -> o.mention.text().strip()).max(Comparator
                    .comparingInt((String t) -> t.split("\\s+").length)
                    .thenComparingInt(String::length)
                    .thenComparingInt(t -> frequency.getOrDefault(t, 0))
                    .thenComparing(Comparator.reverseOrder())).orElseThrow();
            String chosen = name;
            // The key, not the text: "U.S." alone still gets the id of "United States".
            idBase = group.stream().filter(o -> o.mention.text().strip().equals(chosen)).findFirst().orElseThrow().key;
        }
        String base = "E-" + type.name().toLowerCase() + "-" + NameKeys.slug(idBase);
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        List<String> aliases = group.stream().map(o -> o.mention.text()).distinct().sorted().toList();
        return new Entity(id, name, type, aliases);
    }

    /** The most frequent type among a non-person group; PERSON tags there were outvoted (see {@link TypeVotes}). */
    private static MentionType majorityType(List<Occurrence> group) {
        Map<MentionType, Integer> counts = new EnumMap<>(MentionType.class);
        group.stream().filter(o -> o.mention.type() != MentionType.PERSON)
                .forEach(o -> counts.merge(o.mention.type(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return MentionType.MISC;
        }
        return counts.entrySet().stream().max(Map.Entry.<MentionType, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static List<AnnotatedDocument> withEntityIds(List<AnnotatedDocument> documents, List<Occurrence> all,
                                                         Map<Occurrence, Entity> idOf) {
        Map<Integer, Map<Integer, Map<Integer, Occurrence>>> ids = new HashMap<>();
        for (Occurrence o : all) {
            ids.computeIfAbsent(o.document, k -> new HashMap<>()).computeIfAbsent(o.sentence, k -> new HashMap<>())
                    .put(o.index, o);
        }
        List<AnnotatedDocument> linked = new ArrayList<>(documents.size());
        for (int d = 0; d < documents.size(); d++) {
            AnnotatedDocument document = documents.get(d);
            Map<Integer, Map<Integer, Occurrence>> documentIds = ids.getOrDefault(d, Map.of());
            List<Sentence> sentences = new ArrayList<>(document.sentences().size());
            for (int position = 0; position < document.sentences().size(); position++) {
                Sentence sentence = document.sentences().get(position);
                Map<Integer, Occurrence> sentenceIds = documentIds.get(position);
                if (sentenceIds == null) {
                    sentences.add(sentence);
                    continue;
                }
                List<Mention> mentions = new ArrayList<>(sentence.mentions());
                sentenceIds.forEach((index, o) -> mentions.set(index,
                        linkedMention(o, idOf.get(o).id(), idOf.get(o).type())));
                sentences.add(sentence.withMentions(mentions));
            }
            linked.add(new AnnotatedDocument(document.documentName(), sentences));
        }
        return linked;
    }

    /**
     * The mention with its entity id and its entity's type where the linker overruled CoreNLP: a
     * surname taken for a place becomes PERSON, a place taken for a person becomes its place type.
     */
    private static Mention linkedMention(Occurrence o, String entityId, MentionType entityType) {
        Mention m = o.mention;
        MentionType type = o.name != null ? MentionType.PERSON : m.type() == MentionType.PERSON ? entityType : m.type();
        return new Mention(m.start(), m.end(), m.text(), type, m.coreNlpNormalized(), m.tokenBegin(), m.tokenEnd(), entityId);
    }

    /** One entity mention and where it is. Identity-based: two occurrences are never equal. */
    private static final class Occurrence {
        final int document;
        final int sentence; // position in the document's sentence list
        final int index;
        final Mention mention;
        int id;
        PersonName name;
        String key;

        Occurrence(int document, int sentence, int index, Mention mention) {
            this.document = document;
            this.sentence = sentence;
            this.index = index;
            this.mention = mention;
        }

        boolean comesBefore(Occurrence other) {
            return document == other.document && mention.start() < other.mention.start();
        }
    }

    /**
     * Full-name mentions found by one of their name words (surname or first name), per document
     * and, for the whole project, one representative per person and spelling, so that looking up
     * a bare name costs the same however many articles mention that person.
     */
    private static final class FullNameIndex {
        private final Function<PersonName, String> nameWord;
        private final Map<String, List<Occurrence>> byDocument = new HashMap<>();
        private final Map<String, Map<String, Occurrence>> representatives = new HashMap<>();

        FullNameIndex(List<Occurrence> people, Function<PersonName, String> nameWord, UnionFind groups) {
            this.nameWord = nameWord;
            for (Occurrence person : people) {
                if (person.name.isSurnameOnly()) {
                    continue;
                }
                String word = nameWord.apply(person.name);
                String bucket = bucket(word);
                byDocument.computeIfAbsent(person.document + "|" + bucket, k -> new ArrayList<>()).add(person);
                representatives.computeIfAbsent(bucket, k -> new LinkedHashMap<>())
                        .putIfAbsent(groups.find(person.id) + "|" + NameKeys.normalize(word), person);
            }
        }

        List<Occurrence> inDocument(Occurrence single) {
            return matching(byDocument.getOrDefault(single.document + "|" + bucket(single.name.surname()), List.of()), single);
        }

        List<Occurrence> inProject(Occurrence single) {
            return matching(representatives.getOrDefault(bucket(single.name.surname()), Map.of()).values(), single);
        }

        private List<Occurrence> matching(Collection<Occurrence> candidates, Occurrence single) {
            return candidates.stream()
                    .filter(c -> NameKeys.sameName(nameWord.apply(c.name), single.name.surname())).toList();
        }
    }

    /**
     * In how many documents each name is tagged a person and in how many something else. CoreNLP
     * tags the same place a PERSON in one article ("Banda Aceh") and a LOCATION in others.
     */
    private static final class TypeVotes {
        private final Map<String, Set<Integer>> personDocuments = new HashMap<>();
        private final Map<String, Set<Integer>> otherDocuments = new HashMap<>();

        TypeVotes(List<AnnotatedDocument> documents) {
            for (int d = 0; d < documents.size(); d++) {
                for (Mention mention : documents.get(d).mentions()) {
                    if (mention.type().isEntity()) {
                        (mention.type() == MentionType.PERSON ? personDocuments : otherDocuments)
                                .computeIfAbsent(NameKeys.phraseKey(mention.text()), k -> new HashSet<>()).add(d);
                    }
                }
            }
        }

        /** Whether at least as many documents tag this name as a non-person as tag it a person. */
        boolean mostlyNotAPerson(String text) {
            String key = NameKeys.phraseKey(text);
            int other = otherDocuments.getOrDefault(key, Set.of()).size();
            return other > 0 && other >= personDocuments.getOrDefault(key, Set.of()).size();
        }

        /** Whether the name is tagged a person in at least as many documents as it is tagged something else. */
        boolean mostlyAPerson(String text) {
            String key = NameKeys.phraseKey(text);
            int person = personDocuments.getOrDefault(key, Set.of()).size();
            return person > 0 && person >= otherDocuments.getOrDefault(key, Set.of()).size();
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins two groups; the smaller index stays the root so results do not depend on call order. */
        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
