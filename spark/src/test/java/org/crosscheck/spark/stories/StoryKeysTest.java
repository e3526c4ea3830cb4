package org.crosscheck.spark.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocking keys put two reports side by side when a main name of one runs inside a name of the other. */
class StoryKeysTest {

    private static final LocalDate JULY_2 = LocalDate.of(2013, 7, 2);

    @Test
    void aMainPlaceInsideTheOthersPlaceMakesAPair() {
        StoryNamesOfDocument a = names("a", "LOCATION\tAceh", "LOCATION\tAceh", "LOCATION\tIndonesia");
        StoryNamesOfDocument b = names("b", "LOCATION\tBanda Aceh", "PERSON\tAhmad");

        assertThat(pairs(List.of(a, b), JULY_2, JULY_2)).containsExactly("a|b");
    }

    @Test
    void sharedWordsOfDifferentNamesMakeNoPair() {
        StoryNamesOfDocument a = names("a", "ORGANIZATION\tBank of England", "ORGANIZATION\tBank of England");
        StoryNamesOfDocument b = names("b", "ORGANIZATION\tWorld Bank");

        assertThat(pairs(List.of(a, b), JULY_2, JULY_2)).isEmpty();
    }

    @Test
    void aMainPersonNamedShortByTheOtherMakesAPair() {
        StoryNamesOfDocument a = names("a", "PERSON\tGordon Brown", "PERSON\tGordon Brown", "ORGANIZATION\tLabour");
        StoryNamesOfDocument b = names("b", "PERSON\tMr Brown", "LOCATION\tLondon");
        StoryNamesOfDocument c = names("c", "LOCATION\tBrown County");

        assertThat(pairs(List.of(a, b, c), JULY_2, JULY_2)).containsExactly("a|b");
    }

    @Test
    void reportsMonthsApartMakeNoPair() {
        StoryNamesOfDocument a = names("a", "LOCATION\tAceh");
        StoryNamesOfDocument b = names("b", "LOCATION\tAceh");

        assertThat(pairs(List.of(a, b), JULY_2, JULY_2.plusDays(10))).containsExactly("a|b");
        assertThat(pairs(List.of(a, b), JULY_2, JULY_2.plusMonths(3))).isEmpty();
    }

    @Test
    void aNameHeldByTooManyDocumentsMakesNoPairs() {
        List<StoryNamesOfDocument> docs = new ArrayList<>();
        for (int i = 0; i <= StoryKeys.MAX_DOCUMENTS; i++) {
            docs.add(names("d" + i, "LOCATION\tLondon"));
        }
        assertThat(pairs(docs, null, null)).isEmpty();
        assertThat(pairs(docs.subList(0, 3), null, null)).containsExactlyInAnyOrder("d0|d1", "d0|d2", "d1|d2");
    }

    @Test
    void storiesAreNamedByTheirFirstDocument() {
        Stories stories = new Stories();
        stories.add("c");
        stories.join("d", "b");
        stories.join("b", "c");
        stories.add("z");

        assertThat(stories.all()).containsEntry("d", "b").containsEntry("c", "b").containsEntry("z", "z");
    }

    private static StoryNamesOfDocument names(String document, String... names) {
        return new StoryNamesOfDocument(document, List.of(names));
    }

    /** What the job's shuffle does: group the keys by what matches, pair within each group. */
    private static Set<String> pairs(List<StoryNamesOfDocument> docs, LocalDate first, LocalDate rest) {
        Map<String, List<StoryKeys.Key>> groups = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (StoryKeys.Key k : StoryKeys.of(docs.get(i), i == 0 ? first : rest)) {
                groups.computeIfAbsent(StoryKeys.matchKey(k.key()), x -> new ArrayList<>()).add(k);
            }
        }
        Set<String> pairs = new HashSet<>();
        groups.values().forEach(g -> StoryKeys.pairs(g).forEach(p -> pairs.add(p[0] + "|" + p[1])));
        return pairs;
    }
}
