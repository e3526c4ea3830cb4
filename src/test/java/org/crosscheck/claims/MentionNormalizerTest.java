package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

class MentionNormalizerTest {

    private static String normalizedOf(Map<Mention, String> normalized, String text) {
        return normalized.entrySet().stream().filter(e -> e.getKey().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + normalized.keySet())).getValue();
    }

    @Test
    void normalizesHedgedNumbersAndPastDates() {
        LocalDate published = LocalDate.of(2020, 9, 27);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate("d", "More than 5,000 troops were in Iraq in March, "
                + "and officials said about 3,000 would stay.", published);

        Map<Mention, String> normalized = new MentionNormalizer().normalize(doc, published);

        assertThat(normalizedOf(normalized, "5,000")).isEqualTo(">5000");
        assertThat(normalizedOf(normalized, "March")).isEqualTo("2020-03");
    }

    @Test
    void normalizesATimeMentionAsAClockAndADayWithAPartOfTheDayAsItsDate() {
        LocalDate published = LocalDate.of(2020, 9, 27);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate("d", "The fire broke out at 4:30 a.m. and was put out "
                + "yesterday afternoon.", published);

        Map<Mention, String> normalized = new MentionNormalizer().normalize(doc, published);

        assertThat(normalized.entrySet()).anyMatch(e -> e.getKey().text().startsWith("4:30") && e.getValue().equals("04:30"));
        assertThat(normalizedOf(normalized, "yesterday afternoon")).isEqualTo("2020-09-26");
    }
}
