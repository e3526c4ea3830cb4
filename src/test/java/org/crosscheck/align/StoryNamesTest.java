package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;
import org.junit.jupiter.api.Test;

class StoryNamesTest {

    /** Mentions of places in one document: each name as often as it is repeated in the list. */
    private static List<MentionRecord> places(String document, String... names) {
        return mentions(MentionType.LOCATION, document, names);
    }

    /** Mentions of people or organisations in one document, as {@link #places}. */
    private static List<MentionRecord> names(String document, String... names) {
        return mentions(MentionType.PERSON, document, names);
    }

    private static List<MentionRecord> mentions(MentionType type, String document, String... names) {
        List<MentionRecord> mentions = new ArrayList<>();
        for (String name : names) {
            mentions.add(new MentionRecord(document, 0, name.length(), name, type, null,
                    "E-" + type.name().toLowerCase() + "-" + name.toLowerCase().replace(' ', '-'), name));
        }
        return mentions;
    }

    private static List<MentionRecord> both(List<MentionRecord> a, List<MentionRecord> b) {
        List<MentionRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static StoryNames of(List<MentionRecord> a, List<MentionRecord> b) {
        List<MentionRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return StoryNames.of(all);
    }

    @Test
    void separatesDocumentsThatNameOnlyOtherPlaces() {
        StoryNames places = of(places("aceh.txt", "Aceh", "Aceh", "Aceh", "Indonesia", "Indonesia", "Bener Meriah", "Takengon"),
                places("qeshm.txt", "Iran", "Iran", "Qeshm", "Qeshm", "Bandar Abbas", "Tehran"));

        assertThat(places.mayShareStory("aceh.txt", "qeshm.txt")).isFalse();
    }

    @Test
    void joinsDocumentsThatShareAMainPlace() {
        StoryNames places = of(places("a.txt", "Aceh", "Aceh", "Indonesia", "Jakarta", "Sumatra"),
                places("b.txt", "Indonesia", "Banda Aceh", "Takengon", "Singapore"));

        assertThat(places.mayShareStory("a.txt", "b.txt")).isTrue();
    }

    @Test
    void ignoresABackgroundPlaceBothNameOnceInPassing() {
        StoryNames places = of(
                places("quake.txt", "Iran", "Iran", "Iran", "Qeshm", "Qeshm", "Bandar Abbas", "Bandar Abbas", "United States"),
                places("camp.txt", "Sudan", "Sudan", "Sudan", "Yida", "Yida", "Khartoum", "Khartoum", "United States"));

        assertThat(places.mayShareStory("quake.txt", "camp.txt")).isFalse();
    }

    @Test
    void letsAShortReportMeetAnyOther() {
        StoryNames places = of(places("brief.txt", "Calloway"),
                places("long.txt", "United States", "Washington", "Maryland", "Ohio"));

        assertThat(places.mayShareStory("brief.txt", "long.txt")).isTrue();
    }

    @Test
    void matchesAPlaceInsideALongerName() {
        StoryNames places = of(places("a.txt", "Shanxi", "Shanxi", "Beijing", "China"),
                places("b.txt", "Shanxi province", "Taiyuan", "Datong"));

        assertThat(places.mayShareStory("a.txt", "b.txt")).isTrue();
    }

    @Test
    void letsEveryDocumentMeetWhenPlacesAreUnknown() {
        assertThat(StoryNames.unknown().mayShareStory("a.txt", "b.txt")).isTrue();
    }

    @Test
    void separatesDocumentsThatNameOnlyOtherPeopleAndOrganisations() {
        StoryNames names = of(names("book.txt", "Dan Brown", "Dan Brown", "Doubleday", "Tom Hanks"),
                names("song.txt", "Claude King", "Claude King", "Merle Kilgore", "Columbia Records"));

        assertThat(names.mayShareStory("book.txt", "song.txt")).isFalse();
    }

    @Test
    void joinsDocumentsThatShareAMainNameWrittenDifferently() {
        StoryNames names = of(names("a.txt", "Gordon Brown", "Gordon Brown", "Treasury", "Gavi"),
                names("b.txt", "Mr Brown", "Mr Brown", "Oxfam", "World Bank"));

        assertThat(names.mayShareStory("a.txt", "b.txt")).isTrue();
    }

    @Test
    void joinsDocumentsThatShareAMainPlaceWhoeverTheyQuote() {
        StoryNames names = of(both(places("a.txt", "Japan", "Japan", "Tokyo"), names("a.txt", "Heizo Takenaka", "Cabinet Office", "Nikkei")),
                both(places("b.txt", "Japan", "Japan"), names("b.txt", "Bank of Japan", "Toshihiko Fukui", "Sony")));

        assertThat(names.mayShareStory("a.txt", "b.txt")).isTrue();
    }
}
