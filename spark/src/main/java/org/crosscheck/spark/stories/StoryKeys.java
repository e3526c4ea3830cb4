package org.crosscheck.spark.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The blocking keys of one document: two documents are put side by side only when they share a
 * key, so the grouping never compares all pairs of a corpus. A key says "a main name of one
 * document runs inside a name of the other, and both were published within a few weeks" — the
 * positive rule of {@link org.crosscheck.align.StoryNames} (two reports that share a main place,
 * or a main person or organisation, may be one story), in a form a shuffle can match: names are
 * read as StoryNames reads them (words, lower case, "the" and titles dropped; a document's main
 * names are its {@value #MAIN} most named, ties included), and "runs inside" becomes equal keys by
 * emitting every run of consecutive words of a name on one side and the whole name on the other.
 *
 * <p>Each key is an (owner, member) role: pairs are made of a document that holds a key as
 * {@link Key#main()} and any other document that holds it. A key held by more than
 * {@link #MAX_DOCUMENTS} documents is no evidence of one story (a capital, a government), as in
 * {@code DocumentNeighbours}, and makes no pairs: the work per key is bounded, so the pairs grow
 * with the corpus, not with its square.
 */
public final class StoryKeys {

    /** A document's main names: its most named ones, ties included (as StoryNames). */
    static final int MAIN = 3;
    /** Documents holding one key beyond which the key makes no pairs (DocumentNeighbours' bound). */
    public static final int MAX_DOCUMENTS = 160;
    /** Days of one date window; a document holds its window's keys and the next one's, so reports up to this far apart meet. */
    static final int WINDOW_DAYS = 14;

    /** Kinds of name, as StoryNames keeps them apart: places; people and organisations. */
    private static final String PLACES = "L";
    private static final String PEOPLE = "P";
    /** Roles of a key: a main name whole, a run of any name, a run of a main name, any name whole. */
    private static final char MAIN_WHOLE = 'W';
    private static final char RUN = 'R';
    private static final char MAIN_RUN = 'M';
    private static final char WHOLE = 'N';

    private static final Set<String> IGNORED_WORDS = Set.of("the", "mr", "mrs", "ms", "dr");

    /**
     * One blocking key of a document.
     *
     * @param key      window, kind of name (places or people and organisations), which side of the
     *                 "runs inside" rule, and the words
     * @param document the document's name
     * @param main     whether the key comes from one of the document's main names
     */
    public record Key(String key, String document, boolean main) implements Serializable {
    }

    private StoryKeys() {
    }

    public static List<Key> of(StoryNamesOfDocument names, LocalDate published) {
        List<String> windows = published == null ? List.of("u")
                : List.of(Long.toString(Math.floorDiv(published.toEpochDay(), WINDOW_DAYS)),
                        Long.toString(Math.floorDiv(published.toEpochDay(), WINDOW_DAYS) + 1));
        Map<String, Map<String, Integer>> byGroup = new HashMap<>();
        for (String n : names.names()) {
            int tab = n.indexOf('\t');
            String group = n.startsWith("LOCATION") ? PLACES : PEOPLE;
            String words = String.join(" ", words(n.substring(tab + 1)));
            if (!words.isEmpty()) {
                byGroup.computeIfAbsent(group, g -> new HashMap<>()).merge(words, 1, Integer::sum);
            }
        }
        Set<Key> keys = new LinkedHashSet<>();
        byGroup.forEach((group, counts) -> {
            Set<String> main = main(counts);
            for (String name : counts.keySet()) {
                boolean isMain = main.contains(name);
                for (String window : windows) {
                    String prefix = window + "|" + group + "|";
                    if (isMain) {
                        // a main name whole, inside any name of the other document
                        keys.add(new Key(prefix + MAIN_WHOLE + "|" + name, names.document(), true));
                    }
                    for (String run : runs(name)) {
                        keys.add(new Key(prefix + RUN + "|" + run, names.document(), false));
                        if (isMain) {
                            // any name of the other document whole, inside a main name of this one
                            keys.add(new Key(prefix + MAIN_RUN + "|" + run, names.document(), true));
                        }
                    }
                    keys.add(new Key(prefix + WHOLE + "|" + name, names.document(), false));
                }
            }
        });
        return List.copyOf(keys);
    }

    /**
     * The pairs of documents one key puts side by side: each owner of a main key with every other
     * holder. "W" keys pair with the "R" keys of the same words, "M" keys with the "N" keys, so the
     * caller groups by {@link #matchKey(String)}.
     */
    public static List<String[]> pairs(List<Key> holders) {
        if (holders.size() > 2 * MAX_DOCUMENTS) {
            return List.of();
        }
        Set<String> documents = new LinkedHashSet<>();
        holders.forEach(k -> documents.add(k.document()));
        if (documents.size() > MAX_DOCUMENTS) {
            return List.of();
        }
        List<String[]> pairs = new ArrayList<>();
        for (Key owner : holders) {
            if (!owner.main()) {
                continue;
            }
            char wanted = role(owner.key()) == MAIN_WHOLE ? RUN : WHOLE;
            for (Key other : holders) {
                boolean fits = role(other.key()) == wanted;
                if (fits && !other.document().equals(owner.document())) {
                    String a = owner.document();
                    String b = other.document();
                    pairs.add(a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a});
                }
            }
        }
        return pairs;
    }

    /** What the keys that may pair with each other share: "W" with "R", "M" with "N". */
    public static String matchKey(String key) {
        int at = roleAt(key);
        char role = key.charAt(at);
        char match = role == MAIN_WHOLE || role == RUN ? '1' : '2';
        return key.substring(0, at) + match + key.substring(at + 1);
    }

    /** The role letter of a key (window|group|role|words; the words hold no '|'). */
    private static char role(String key) {
        return key.charAt(roleAt(key));
    }

    private static int roleAt(String key) {
        return key.indexOf('|', key.indexOf('|') + 1) + 1;
    }

    private static Set<String> main(Map<String, Integer> counts) {
        int[] sorted = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int threshold = sorted[Math.max(0, sorted.length - MAIN)];
        Set<String> main = new LinkedHashSet<>();
        counts.forEach((name, n) -> {
            if (n >= threshold) {
                main.add(name);
            }
        });
        return main;
    }

    /** Every run of consecutive words of a name: "banda aceh" gives "banda", "aceh", "banda aceh". */
    static List<String> runs(String name) {
        String[] words = name.split(" ");
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int j = i + 1; j <= words.length; j++) {
                runs.add(String.join(" ", Arrays.copyOfRange(words, i, j)));
            }
        }
        return runs;
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !IGNORED_WORDS.contains(w)).toList();
    }
}
