package org.crosscheck.nlp.corenlp;

import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpAnnotatorTest {

    private static final CoreNlpAnnotator NLP = CoreNlpAnnotator.shared();

    private static final String NEWS = """
            BAGHDAD — Secretary of State Mike Pompeo told Prime Minister Mustafa al-Kadhimi on Saturday \
            that the United States would close its embassy. “We hope they reconsider,” a spokesman said.

            The U.S. will cut its forces in Iraq from more than 5,000 to about 3,000 by the end of September, \
            officials said. The move would cost $25 million, or 12 percent of the budget.
            """;

    @Test
    void annotatesSampleWithOffsetsIntoText() throws Exception {
        String text = Files.readString(Path.of("samples/000_1a1ccef1600b2547.txt"));

        AnnotatedDocument doc = NLP.annotate("000.txt", text, LocalDate.of(2020, 9, 27));

        assertThat(doc.tokenCount()).isGreaterThan(500);
        for (Sentence sentence : doc.sentences()) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.word());
            }
            for (Mention mention : sentence.mentions()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                assertThat(sentence.tokens().get(mention.tokenBegin()).start()).isEqualTo(mention.start());
                assertThat(sentence.tokens().get(mention.tokenEnd() - 1).end()).isEqualTo(mention.end());
            }
        }
    }

    @Test
    void numbersSentencesInOrderAcrossTheDocument() {
        AnnotatedDocument doc = NLP.annotate("news", NEWS, null);

        List<Sentence> sentences = doc.sentences();
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).index()).isEqualTo(i);
            if (i > 0) {
                assertThat(sentences.get(i).start()).isGreaterThanOrEqualTo(sentences.get(i - 1).end());
            }
        }
    }

    @Test
    void readsANameAfterMountAsAPlaceNotAPerson() {
        AnnotatedDocument doc = NLP.annotate("news",
                "Yesterday, a 36-year-old Australian climber died after falling about 150 metres at Mt Cook.", null);

        assertThat(texts(doc, MentionType.PERSON)).doesNotContain("Cook");
        assertThat(texts(doc, MentionType.LOCATION)).contains("Mt Cook");
    }

    @Test
    void findsPersonsAndValues() {
        AnnotatedDocument doc = NLP.annotate("news", NEWS, LocalDate.of(2020, 9, 27));

        assertThat(texts(doc, MentionType.PERSON)).contains("Mike Pompeo", "Mustafa al-Kadhimi");
        assertThat(texts(doc, MentionType.LOCATION)).contains("United States", "Iraq");
        assertThat(texts(doc, MentionType.MONEY)).anyMatch(t -> t.contains("25 million"));
        assertThat(texts(doc, MentionType.PERCENT)).anyMatch(t -> t.contains("12 percent"));
        assertThat(doc.mentions()).filteredOn(m -> m.type() == MentionType.NUMBER)
                .extracting(Mention::coreNlpNormalized).contains(">5000.0", "~3000.0"); // CoreNLP keeps the hedge
    }

    @Test
    void tagsTokensWithLemmaPosAndCoarseNer() {
        AnnotatedDocument doc = NLP.annotate("news", NEWS, null);

        Token told = doc.sentences().get(0).tokens().stream().filter(t -> t.word().equals("told")).findFirst().orElseThrow();
        assertThat(told.lemma()).isEqualTo("tell");
        assertThat(told.isVerb()).isTrue();
        Token pompeo = doc.sentences().get(0).tokens().stream().filter(t -> t.word().equals("Pompeo")).findFirst().orElseThrow();
        assertThat(pompeo.ner()).isEqualTo("PERSON");
        assertThat(told.ner()).isEqualTo("O");
    }

    @Test
    void keepsNameWithQuotedNicknameAsOneMention() {
        AnnotatedDocument doc = NLP.annotate("nick", "Gen. Kenneth “Frank” McKenzie Jr., the head of Central Command, spoke.", null);

        assertThat(texts(doc, MentionType.PERSON)).containsExactly("Kenneth “Frank” McKenzie Jr.");
    }

    @Test
    void dropsPronounsFromPersonMentions() {
        AnnotatedDocument doc = NLP.annotate("pron", "President Barack Obama and his wife Michelle Obama visited Kenya.", null);

        assertThat(texts(doc, MentionType.PERSON)).containsExactly("Barack Obama", "Michelle Obama");
    }

    @Test
    void dropsTitleEndingsTakenForOrganisations() {
        AnnotatedDocument doc = NLP.annotate("title", "Secretary of State Mike Pompeo called the Defense Secretary and the Minister of Defense.", null);

        assertThat(doc.mentions()).extracting(Mention::text).doesNotContain("State").contains("Mike Pompeo");
    }

    @Test
    void takesANumberGluedToItsUnitAsANumber() {
        AnnotatedDocument doc = NLP.annotate("glued",
                "Winds of 120mph hit the coast. Temperatures rose to 30C and prices rose 2.5pc.", null);

        assertThat(doc.sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.type() == MentionType.NUMBER || m.type() == MentionType.PERCENT).map(Mention::text))
                .contains("120mph", "30C");
    }

    @Test
    void keepsTheScaleGluedToASumWithADecimalPoint() {
        AnnotatedDocument doc = NLP.annotate("scale",
                "Jewellery and watches worth £1.7m have been stolen. The gang took £88m in July.", null);

        assertThat(doc.sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.type() == MentionType.MONEY).map(Mention::text))
                .containsExactly("£1.7m", "£88m");
    }

    @Test
    void leavesAGluedMillionAlone() {
        AnnotatedDocument doc = NLP.annotate("million", "The club paid 5m for the striker, a 4G mast and a G7 summit.", null);

        assertThat(doc.sentences().stream().flatMap(s -> s.mentions().stream()).map(Mention::text))
                .doesNotContain("5m", "4G", "G7");
    }

    @Test
    void resolvesDocDateForRelativeDates() {
        String text = "The embassy was attacked on Saturday. The deadline is the end of September.";

        AnnotatedDocument doc = NLP.annotate("dates", text, LocalDate.of(2020, 9, 27));

        List<String> dates = doc.mentions().stream().filter(m -> m.type() == MentionType.DATE)
                .map(Mention::coreNlpNormalized).toList();
        assertThat(dates).anyMatch(d -> d != null && d.startsWith("2020-09-"));
        assertThat(dates).allMatch(d -> d == null || !d.startsWith("XXXX"));
    }

    @Test
    void leavesYearOpenWithoutDocDate() {
        AnnotatedDocument doc = NLP.annotate("dates", "The embassy closed in September.", null);

        assertThat(doc.mentions()).filteredOn(m -> m.type() == MentionType.DATE)
                .extracting(Mention::coreNlpNormalized).containsExactly("XXXX-09");
    }

    @Test
    void skipsBlankedNoiseAndKeepsOffsets() {
        String noise = "Photo: a caption that the loader blanked";
        String text = "Officials met in Baghdad on Sunday.\n\n" + " ".repeat(noise.length()) + "\n\nThey left.";

        AnnotatedDocument doc = NLP.annotate("blank", text, null);

        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("Officials met in Baghdad on Sunday.", "They left.");
        assertThat(doc.sentences().get(1).start()).isEqualTo(text.indexOf("They"));
    }

    @Test
    void neverJoinsTextAcrossABlankedPassageInsideALine() {
        String text = "Five people died" + " ".repeat(30) + "Rescue teams arrived on Monday.";

        AnnotatedDocument doc = NLP.annotate("inline", text, null);

        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("Five people died", "Rescue teams arrived on Monday.");
    }

    @Test
    void annotatesLongTextInChunksWithContinuousOffsets() {
        String paragraph = "Rescuers found 12 survivors in Aceh on Tuesday, officials said.\n\n";
        String text = paragraph.repeat(1_200); // ~80,000 characters: more than one chunk

        AnnotatedDocument doc = NLP.annotate("long", text, null);

        assertThat(doc.sentences()).hasSize(1_200);
        Sentence last = doc.sentences().get(1_199);
        assertThat(last.start()).isEqualTo(paragraph.length() * 1_199);
        assertThat(last.mentions()).extracting(Mention::text).contains("12", "Aceh");
    }

    @Test
    void keepsOffsetsAndParagraphsWithWindowsLineEnds() {
        String text = "Headline without a full stop\r\n\r\nOfficials in Baghdad said 12 people died.\r\n";

        AnnotatedDocument doc = NLP.annotate("crlf", text, null);

        assertThat(doc.sentences()).extracting(Sentence::text)
                .containsExactly("Headline without a full stop", "Officials in Baghdad said 12 people died.");
        for (Token token : doc.sentences().get(1).tokens()) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.word());
        }
    }

    @Test
    void annotatesEmptyAndBlankTextToNoSentences() {
        assertThat(NLP.annotate("empty", "", null).sentences()).isEmpty();
        assertThat(NLP.annotate("blank", "   \n\n   ", null).sentences()).isEmpty();
    }

    @Test
    void twoThreadsAnnotateConcurrently() throws Exception {
        List<String> texts = List.of(NEWS, "Rescuers in Aceh found 12 survivors on Tuesday, a spokesman for the Red Cross said.");
        List<AnnotatedDocument> sequential = texts.stream().map(t -> NLP.annotate("d", t, LocalDate.of(2013, 7, 3))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<AnnotatedDocument>> futures = texts.stream()
                        .map(t -> pool.submit(() -> NLP.annotate("d", t, LocalDate.of(2013, 7, 3)))).toList();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedPipelineIsBuiltOnceWithTheProjectProperties() {
        assertThat(CoreNlpAnnotator.shared()).isSameAs(NLP);
        assertThat(NLP.modelLoadMillis()).isPositive();
        assertThat(CoreNlpAnnotator.annotatorNames()).containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
        assertThat(CoreNlpAnnotator.pipelineProperties().getProperty("ner.applyFineGrained")).isEqualTo("false");
    }

    @Test
    void plainRunCountsTheSameTokens() {
        assertThat(NLP.annotatePlain(NEWS)).isEqualTo(NLP.annotate("news", NEWS, null).tokenCount());
    }

    private static List<String> texts(AnnotatedDocument doc, MentionType type) {
        return doc.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }
}
