package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.normalize.TimeOfDay.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Clock times as written in real news reports. */
class TimeOfDayNormalizerTest {

    private final TimeOfDayNormalizer times = new TimeOfDayNormalizer();

    private TimeOfDay read(String phrase) {
        return times.normalize(phrase).orElseThrow(() -> new AssertionError("no time in " + phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8.40am|08:40", "8:39am|08:39", "at 2:53 p.m|14:53", "at 3:20 p.m|15:20", "at 1:53 p.m. local time|13:53",
        "11pm|23:00", "12am|00:00", "12pm|12:00", "12:30 a.m.|00:30", "at 7 a.m.|07:00", "at 14:00|14:00"})
    void readsTwelveAndTwentyFourHourClocks(String phrase, String clock) {
        TimeOfDay t = read(phrase);
        assertThat(String.format("%02d:%02d", t.hour(), t.minute())).isEqualTo(clock);
        assertThat(t.hedge()).isEqualTo(Hedge.EXACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"at around 4.30am|270", "At around 4:30 a.m. local time|270",
        "about 9.35am|575", "about 11am|660", "at about 12:00 GMT|720", "around midnight|0", "shortly after 8am|480"})
    void readsHedgedTimesAsAbout(String phrase, int minutes) {
        TimeOfDay t = read(phrase);
        assertThat(t.minutes()).isEqualTo(minutes);
        assertThat(t.hedge()).isEqualTo(Hedge.ABOUT);
    }

    @Test
    void readsNoonAndMidnight() {
        assertThat(read("at noon").minutes()).isEqualTo(720);
        assertThat(read("12 noon").minutes()).isEqualTo(720);
        assertThat(read("midday").minutes()).isEqualTo(720);
        assertThat(read("midnight").minutes()).isEqualTo(0);
    }

    @Test
    void readsLocalTimeWritten() {
        TimeOfDay t = read("At around 4:30 a.m. local time");
        assertThat(t.zone()).isEqualTo(Zone.LOCAL);
        assertThat(t.normalized()).isEqualTo("~04:30 LOCAL TIME");
    }

    @Test
    void readsFourDigitTimeWithGmt() {
        TimeOfDay t = read("0737 GMT");
        assertThat(t.minutes()).isEqualTo(7 * 60 + 37);
        assertThat(t.zone()).isEqualTo(Zone.UNIVERSAL);
        assertThat(t.zoneName()).isEqualTo("GMT");
    }

    @Test
    void readsFourDigitLocalTimeBeforeBracketedGmtAsLocal() {
        TimeOfDay t = read("The quake, which struck at 1353 (1023 GMT), was felt in Oman");
        assertThat(t.minutes()).isEqualTo(13 * 60 + 53);
        assertThat(t.zone()).isEqualTo(Zone.LOCAL);
        assertThat(t.equivalentTime()).hasValueSatisfying(gmt -> {
            assertThat(gmt.minutes()).isEqualTo(10 * 60 + 23);
            assertThat(gmt.zone()).isEqualTo(Zone.UNIVERSAL);
        });
    }

    @Test
    void readsTwentyFourHourTimeWithHoursAndGmtEquivalent() {
        TimeOfDay t = read("at 09:10 hours (0440 GMT)");
        assertThat(t.minutes()).isEqualTo(9 * 60 + 10);
        assertThat(t.zone()).isEqualTo(Zone.LOCAL);
        assertThat(t.equivalentTime().orElseThrow().minutes()).isEqualTo(4 * 60 + 40);
    }

    @Test
    void readsNamedZoneOnlyInCapitals() {
        assertThat(read("at 9am EDT").zone()).isEqualTo(Zone.NAMED);
        assertThat(read("at 9am EDT").zoneName()).isEqualTo("EDT");
        assertThat(read("they stopped at 1pm to eat").zone()).isEqualTo(Zone.UNSTATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in 1353", "1353", "in 2004", "the 1990s", "$14.30", "6.30 percent", "2:02:17",
        "a 3-1 win", "10 miles", "this afternoon", "0737"})
    void readsNoTimeWhereThereIsNone(String phrase) {
        assertThat(times.normalize(phrase)).isEmpty();
    }

    @Test
    void findsEveryTimeOfASentenceWithItsSpan() {
        String sentence = "The quake hit at 0737 GMT and an aftershock followed at about 9.35am.";
        assertThat(times.find(sentence)).extracting(f -> sentence.substring(f.start(), f.end()))
                .containsExactly("0737 GMT", "about 9.35am");
    }

    @Test
    void tellsAFourDigitNumberIsAClockTimeInItsSentence() {
        String sentence = "The quake, which struck at 1353 (1023 GMT), was felt in the Gulf.";
        int at = sentence.indexOf("1353");
        assertThat(times.isClockTime(sentence, at, at + 4)).isTrue();
        String year = "The city was founded in 1353 by merchants.";
        int in = year.indexOf("1353");
        assertThat(times.isClockTime(year, in, in + 4)).isFalse();
    }
}
