package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.crosscheck.Fuzz;
import org.junit.jupiter.api.Test;

/**
 * The number, date and time normalisers fuzzed with phrases of corpus text, numbers, hedges,
 * units and dates at their edges ({@link Fuzz}): no exception, and every value well-formed.
 */
class NormalizeFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(1);
    /** TIMEX3-style values: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www(-WE or -D), YYYY-Qn, seasons, decades; X for unknown. */
    private static final String ONE = "([0-9X]{4}(-([0-9X]{2}(-[0-9X]{2})?|W[0-9X]{2}(-WE|-[1-7])?|Q[1-4X]|SP|SU|FA|WI))?"
            + "|[0-9X]{3}X|[0-9X]{2}XX)";
    /** One of the above, or an interval of two ("1923/1983", "2020-08-27/2020-09-27"). */
    private static final String TIMEX = ONE + "(/" + ONE + ")?";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAnyPhraseIntoAWellFormedQuantityOrNone() {
        NumberNormalizer numbers = new NumberNormalizer();
        Fuzz.run("normalize.NumberNormalizer", Fuzz.tries(8000), Fuzz::phrase, NormalizeFuzzTest::bytes, BOUND,
                phrase -> numbers.normalize(phrase).ifPresent(q -> {
                    assertThat(q.stated()).isNotNaN();
                    assertThat(q.low()).isNotNaN().isLessThanOrEqualTo(q.high());
                    assertThat(q.high()).isNotNaN();
                    assertThat(q.hedge()).isNotNull();
                    assertThat(q.normalized()).isNotBlank().doesNotContain("NaN");
                }));
    }

    @Test
    void readsAnyPhraseIntoAWellFormedDateOrNone() {
        DateNormalizer dates = new DateNormalizer();
        Tense[] tenses = Tense.values();
        Fuzz.run("normalize.DateNormalizer", Fuzz.tries(8000), Fuzz::phrase, NormalizeFuzzTest::bytes, BOUND,
                phrase -> {
                    for (Tense tense : tenses) {
                        DateContext ctx = DateContext.of(LocalDate.of(2013, 7, 2), tense);
                        dates.normalize(phrase, ctx).ifPresent(NormalizeFuzzTest::assertWellFormed);
                        dates.normalize(phrase, DateContext.of(null, tense)).ifPresent(NormalizeFuzzTest::assertWellFormed);
                    }
                });
    }

    @Test
    void findsClockTimesInsideTheTextWithinTheDay() {
        TimeOfDayNormalizer times = new TimeOfDayNormalizer();
        Fuzz.run("normalize.TimeOfDayNormalizer", Fuzz.tries(8000), Fuzz::phrase, NormalizeFuzzTest::bytes, BOUND,
                text -> {
                    for (TimeOfDayNormalizer.Found found : times.find(text)) {
                        assertThat(found.start()).isBetween(0, text.length());
                        assertThat(found.end()).isBetween(found.start(), text.length());
                        assertThat(found.time().minutes()).isBetween(0, TimeOfDay.MINUTES_PER_DAY - 1);
                    }
                    times.normalize(text).ifPresent(t -> assertThat(t.minutes()).isBetween(0, 24 * 60 - 1));
                });
    }

    private static void assertWellFormed(DateValue d) {
        assertThat(d.granularity()).isNotNull();
        assertThat(d.timex()).matches(TIMEX);
        if (!d.isPartial()) {
            assertThat(d.first()).isBeforeOrEqualTo(d.last());
        }
    }
}
