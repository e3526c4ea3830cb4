package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
    private static final String BODY = "Officials said on Monday that 20 people were hurt when the bridge collapsed.";

    private static PublicationDateFinder.PublicationDate find(String text) {
        return PublicationDateFinder.find(null, text, new PassageClassifier().classify(text));
    }

    private static LocalDate dateIn(String dateLine) {
        return find("Bridge collapses in storm\n\n" + dateLine + "\n\n" + BODY + "\n").date();
    }

    @Test
    void readsMonthDayYear() {
        assertThat(dateIn("October 24, 2020")).isEqualTo(LocalDate.of(2020, 10, 24));
    }

    @Test
    void readsAbbreviatedWeekdayAndMonth() {
        assertThat(dateIn("Tue Nov 29 , 2005")).isEqualTo(LocalDate.of(2005, 11, 29));
        assertThat(dateIn("Thu Nov 10, 2011 3:00pm EST")).isEqualTo(LocalDate.of(2011, 11, 10));
    }

    @Test
    void readsIsoDate() {
        assertThat(dateIn("2013-07-02")).isEqualTo(LocalDate.of(2013, 7, 2));
    }

    @Test
    void readsUpdatedLineWithDayMonthYear() {
        assertThat(dateIn("Updated: 3 July 2013")).isEqualTo(LocalDate.of(2013, 7, 3));
        assertThat(dateIn("Last Updated: Monday, 28 November 2005, 02:24 GMT")).isEqualTo(LocalDate.of(2005, 11, 28));
    }

    @Test
    void readsUsNumericDateWithTime() {
        assertThat(dateIn("Posted 11/27/2005 7:21 AM")).isEqualTo(LocalDate.of(2005, 11, 27));
    }

    @Test
    void readsPublishedLine() {
        assertThat(dateIn("Published: November 28, 2005")).isEqualTo(LocalDate.of(2005, 11, 28));
    }

    @Test
    void readsDateLineFollowedByAuthor() {
        assertThat(dateIn("July 2, 2023 by Maria Lopez")).isEqualTo(LocalDate.of(2023, 7, 2));
    }

    @Test
    void readsTwoDigitYearNumericDate() {
        assertThat(dateIn("11/10/11 02:39 PM ET")).isEqualTo(LocalDate.of(2011, 11, 10));
    }

    @Test
    void marksDateFromTextAsText() {
        assertThat(find("Bridge collapses in storm\n\nMay 5, 2019\n\n" + BODY + "\n").from())
                .isEqualTo(PublishedFrom.TEXT);
    }

    @Test
    void ignoresDatelineInsideSentence() {
        String text = "Bridge collapses in storm\n\nOn Monday, September 28, 2020, officials said that 20 people were"
                + " hurt when the bridge collapsed.\n";
        PublicationDateFinder.PublicationDate found = find(text);
        assertThat(found.date()).isNull();
        assertThat(found.from()).isEqualTo(PublishedFrom.NONE);
    }

    @Test
    void ignoresDateLineWithoutYear() {
        PublicationDateFinder.PublicationDate found =
                find("Bridge collapses in storm\n\nMonday, September 28\n\n" + BODY + "\n");
        assertThat(found).isEqualTo(PublicationDateFinder.PublicationDate.UNKNOWN);
    }

    @Test
    void prefersManifestDate() {
        String text = "Bridge collapses in storm\n\nMay 5, 2019\n\n" + BODY + "\n";
        ManifestEntry entry = new ManifestEntry("a.txt", null, LocalDate.of(2019, 5, 6), null);
        PublicationDateFinder.PublicationDate found =
                PublicationDateFinder.find(entry, text, new PassageClassifier().classify(text));
        assertThat(found).isEqualTo(new PublicationDateFinder.PublicationDate(LocalDate.of(2019, 5, 6),
                PublishedFrom.MANIFEST));
    }
}
