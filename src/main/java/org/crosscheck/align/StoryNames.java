package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;

/**
 * Whether two documents can be about one story, judged by the places, people and organisations
 * they name. A project may hold several stories (two earthquakes, a corpus of unrelated reports);
 * a count of "people injured" in one must not meet the same count in the other. Reports of one
 * story name its places and its actors. Two documents that share a main place are about one
 * story; two that each name several places, none of which is among the other's main places, are
 * not; failing that, two that each name several people and organisations, none of whose main ones
 * the other names, are not either ("sold more than 17 million copies" of one author's book is not
 * "sold 10 million copies" of another's song).
 *
 * <p>Deliberately one-sided: a document naming fewer than {@value #MIN_PLACES} places or names (a
 * short brief, a sports report from a stadium) says too little to separate, so it may meet any
 * other, and names match by their words ("Shanxi" is "Shanxi province", "Aceh" is in "Banda
 * Aceh", "Brown" is "Gordon Brown"), since no gazetteer here knows that Calloway is in the United
 * States. Each judgement reads only the two documents, so adding a document changes none.
 */
public final class StoryNames {

    /** Fewer places (or people and organisations) than this in a document say too little about its story to separate it. */
    static final int MIN_PLACES = 3;
    /** A document's main places (or people and organisations): its most named ones, ties included. */
    private static final int MAIN_PLACES = 3;

    /** Words that do not tell names apart: "the" Congo, "Mr" Brown. */
    private static final Set<String> IGNORED_WORDS = Set.of("the", "mr", "mrs", "ms", "dr");

    private final Map<String, List<Named>> placesByDocument;
    private final Map<String, List<Named>> namesByDocument;

    private StoryNames(Map<String, List<Named>> placesByDocument, Map<String, List<Named>> namesByDocument) {
        this.placesByDocument = placesByDocument;
        this.namesByDocument = namesByDocument;
    }

    /** Nothing known about names: every document may share a story with every other. */
    public static StoryNames unknown() {
        return new StoryNames(Map.of(), Map.of());
    }

    /** The places, people and organisations each document names, from its mentions (repeats count towards a name's weight). */
    public static StoryNames of(Collection<MentionRecord> mentions) {
        return new StoryNames(byDocument(mentions, MentionType.LOCATION),
                byDocument(mentions, MentionType.PERSON, MentionType.ORGANIZATION));
    }

    private static Map<String, List<Named>> byDocument(Collection<MentionRecord> mentions, MentionType... types) {
        List<MentionType> wanted = List.of(types);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (MentionRecord m : mentions) {
            if (!wanted.contains(m.type())) {
                continue;
            }
            // the words as written, not the linked entity's name: a document's names then do not
            // change when another document is added, so a local realignment sees the same relation
            String key = String.join(" ", words(m.text()));
            if (!key.isEmpty()) {
                counts.computeIfAbsent(m.document(), d -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
        }
        Map<String, List<Named>> named = new HashMap<>();
        counts.forEach((document, byName) -> {
            List<Named> list = new ArrayList<>();
            byName.forEach((name, n) -> list.add(new Named(name.split(" "), n)));
            named.put(document, list);
        });
        return named;
    }

    /**
     * False when the documents share no main place though both name several places, or, unless a
     * main place is shared, when both name several people and organisations and neither's main
     * ones are among the other's.
     */
    public boolean mayShareStory(String documentA, String documentB) {
        List<Named> a = placesByDocument.getOrDefault(documentA, List.of());
        List<Named> b = placesByDocument.getOrDefault(documentB, List.of());
        boolean placesShared = !a.isEmpty() && !b.isEmpty() && (namesAny(main(a), b) || namesAny(main(b), a));
        if (placesShared) {
            return true;
        }
        if (a.size() >= MIN_PLACES && b.size() >= MIN_PLACES) {
            return false;
        }
        List<Named> na = namesByDocument.getOrDefault(documentA, List.of());
        List<Named> nb = namesByDocument.getOrDefault(documentB, List.of());
        if (na.size() < MIN_PLACES || nb.size() < MIN_PLACES) {
            return true;
        }
        return namesAny(main(na), nb) || namesAny(main(nb), na);
    }

    /**
     * The candidate pairs ({@code i * n + j}, sorted) whose claims' documents may share a story;
     * each pair of documents is judged once.
     */
    long[] keepSameStory(long[] pairs, List<Claim> claims) {
        if (placesByDocument.isEmpty() && namesByDocument.isEmpty()) {
            return pairs;
        }
        int n = claims.size();
        Map<String, Boolean> judged = new HashMap<>();
        long[] kept = new long[pairs.length];
        int count = 0;
        for (long pair : pairs) {
            String a = claims.get((int) (pair / n)).document();
            String b = claims.get((int) (pair % n)).document();
            String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            if (judged.computeIfAbsent(key, k -> mayShareStory(a, b))) {
                kept[count++] = pair;
            }
        }
        return count == pairs.length ? pairs : Arrays.copyOf(kept, count);
    }

    private static List<Named> main(List<Named> names) {
        int[] counts = names.stream().mapToInt(Named::mentions).sorted().toArray();
        int threshold = counts[Math.max(0, counts.length - MAIN_PLACES)];
        return names.stream().filter(p -> p.mentions() >= threshold).toList();
    }

    private static boolean namesAny(List<Named> wanted, List<Named> names) {
        for (Named w : wanted) {
            for (Named p : names) {
                if (w.matches(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !IGNORED_WORDS.contains(w)).toList();
    }

    /** A name as words, and how often its document names it. */
    private record Named(String[] words, int mentions) {

        /** One name's words run unbroken inside the other's: "aceh" in "banda aceh", "shanxi" in "shanxi province". */
        boolean matches(Named other) {
            return contains(words, other.words) || contains(other.words, words);
        }

        private static boolean contains(String[] outer, String[] inner) {
            for (int i = 0; i + inner.length <= outer.length; i++) {
                if (Arrays.equals(outer, i, i + inner.length, inner, 0, inner.length)) {
                    return true;
                }
            }
            return false;
        }
    }
}
