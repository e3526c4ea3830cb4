package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;

/**
 * Whether two documents can be about one story, judged by the places they name. A project may hold
 * several stories (two earthquakes, a corpus of unrelated reports); a count of "people injured" in
 * one must not meet the same count in the other. Reports of one story name its places; two
 * documents that each name several places, none of which is among the other's main places, are
 * about different stories, and no fact spans them.
 *
 * <p>Deliberately one-sided: a document naming fewer than {@value #MIN_PLACES} places (a short
 * brief, a sports report from a stadium) says too little to separate, so it may meet any other,
 * and places match by their words ("Shanxi" is "Shanxi province", "Aceh" is in "Banda Aceh"),
 * since no gazetteer here knows that Calloway is in the United States.
 */
public final class StoryPlaces {

    /** Fewer places than this in a document say too little about its story to separate it. */
    static final int MIN_PLACES = 3;
    /** A document's main places: its most named ones, ties included. */
    private static final int MAIN_PLACES = 3;

    private final Map<String, List<Place>> placesByDocument;

    private StoryPlaces(Map<String, List<Place>> placesByDocument) {
        this.placesByDocument = placesByDocument;
    }

    /** Nothing known about places: every document may share a story with every other. */
    public static StoryPlaces unknown() {
        return new StoryPlaces(Map.of());
    }

    /** The places each document names, from its place mentions (repeats count towards a place's weight). */
    public static StoryPlaces of(Collection<MentionRecord> mentions) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (MentionRecord m : mentions) {
            if (m.type() != MentionType.LOCATION) {
                continue;
            }
            // the words as written, not the linked entity's name: a document's places then do not
            // change when another document is added, so a local realignment sees the same relation
            String key = String.join(" ", words(m.text()));
            if (!key.isEmpty()) {
                counts.computeIfAbsent(m.document(), d -> new HashMap<>()).merge(key, 1, Integer::sum);
            }
        }
        Map<String, List<Place>> places = new HashMap<>();
        counts.forEach((document, byName) -> {
            List<Place> list = new ArrayList<>();
            byName.forEach((name, n) -> list.add(new Place(name.split(" "), n)));
            places.put(document, list);
        });
        return new StoryPlaces(places);
    }

    /** False only when both documents name several places and neither's main places are among the other's. */
    public boolean mayShareStory(String documentA, String documentB) {
        List<Place> a = placesByDocument.getOrDefault(documentA, List.of());
        List<Place> b = placesByDocument.getOrDefault(documentB, List.of());
        if (a.size() < MIN_PLACES || b.size() < MIN_PLACES) {
            return true;
        }
        return namesAny(main(a), b) || namesAny(main(b), a);
    }

    /**
     * The candidate pairs ({@code i * n + j}, sorted) whose claims' documents may share a story;
     * each pair of documents is judged once.
     */
    long[] keepSameStory(long[] pairs, List<Claim> claims) {
        if (placesByDocument.isEmpty()) {
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

    private static List<Place> main(List<Place> places) {
        int[] counts = places.stream().mapToInt(Place::mentions).sorted().toArray();
        int threshold = counts[Math.max(0, counts.length - MAIN_PLACES)];
        return places.stream().filter(p -> p.mentions() >= threshold).toList();
    }

    private static boolean namesAny(List<Place> wanted, List<Place> places) {
        for (Place w : wanted) {
            for (Place p : places) {
                if (w.matches(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !w.equals("the")).toList();
    }

    /** A place's name as words, and how often its document names it. */
    private record Place(String[] words, int mentions) {

        /** One name's words run unbroken inside the other's: "aceh" in "banda aceh", "shanxi" in "shanxi province". */
        boolean matches(Place other) {
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
