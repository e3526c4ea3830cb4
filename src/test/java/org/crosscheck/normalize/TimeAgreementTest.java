package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeAgreementTest {

    private final TimeOfDayNormalizer times = new TimeOfDayNormalizer();

    private TimeAgreement compare(String a, String b) {
        return TimeAgreement.of(times.normalize(a).orElseThrow(), times.normalize(b).orElseThrow());
    }

    @Test
    void agreesExactTimesAMinuteApart() {
        assertThat(compare("8.40am", "8:39am")).isEqualTo(TimeAgreement.AGREE);
    }

    @Test
    void disagreesExactTimesTenMinutesApart() {
        assertThat(compare("8.40am", "8:50am")).isEqualTo(TimeAgreement.DISAGREE);
    }

    @Test
    void agreesHedgedTimeWithinItsQuarterHour() {
        assertThat(compare("about 9.35am", "9:45am")).isEqualTo(TimeAgreement.AGREE);
        assertThat(compare("at around 4.30am", "At around 4:30 a.m. local time")).isEqualTo(TimeAgreement.AGREE);
    }

    @Test
    void disagreesHedgedTimesFarApart() {
        assertThat(compare("about 11am", "at noon")).isEqualTo(TimeAgreement.DISAGREE);
    }

    @Test
    void agreesAcrossMidnight() {
        assertThat(compare("around midnight", "11.55pm")).isEqualTo(TimeAgreement.AGREE);
    }

    @Test
    void leavesGmtAndLocalTimeUncompared() {
        assertThat(compare("0737 GMT", "at 1:53 p.m. local time")).isEqualTo(TimeAgreement.UNKNOWN);
    }

    @Test
    void leavesDifferentNamedZonesUncompared() {
        assertThat(compare("at 9am EDT", "at 2pm BST")).isEqualTo(TimeAgreement.UNKNOWN);
    }

    @Test
    void comparesGmtAndUtcAsOneClock() {
        assertThat(compare("0737 GMT", "07:37 UTC")).isEqualTo(TimeAgreement.AGREE);
    }

    @Test
    void comparesTimeWithoutZoneWithAnyZone() {
        assertThat(compare("at 1:53 p.m. local time", "1:53pm")).isEqualTo(TimeAgreement.AGREE);
    }

    @Test
    void meetsGmtTimeThroughBracketedEquivalent() {
        assertThat(compare("1353 (1023 GMT)", "10:23 GMT")).isEqualTo(TimeAgreement.AGREE);
        assertThat(compare("1353 (1023 GMT)", "at 1:53 p.m. local time")).isEqualTo(TimeAgreement.AGREE);
        assertThat(compare("09:10 hours (0440 GMT)", "0737 GMT")).isEqualTo(TimeAgreement.DISAGREE);
    }
}
