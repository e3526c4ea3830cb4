package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Reported speech as statements with their speakers, on real CoreNLP output. */
class ReportedSpeechTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 5, 22);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private Claim onlyStatement(String text) {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        List<Claim> statements = extractor.extract(article, doc).stream()
                .filter(c -> c.kind() == ClaimKind.STATEMENT).toList();
        assertThat(statements).as("statements of: " + text).hasSize(1);
        return statements.get(0);
    }

    @Test
    void readsAnAccusationOfSomeoneForDoingSomethingAsAStatementOfItsSpeaker() {
        Claim s = onlyStatement("Maria Okafor, the city's mayor, accused the contractor of cutting corners on the bridge.");

        assertThat(s.speaker()).isEqualTo("Maria Okafor");
        assertThat(s.predicate()).isEqualTo("accuse");
        assertThat(s.value().statement()).contains("contractor of cutting corners");
    }

    @Test
    void readsADenialOfDoingSomethingAsAStatement() {
        Claim s = onlyStatement("The ministry denied ordering the raid on the newspaper.");

        assertThat(s.predicate()).isEqualTo("deny");
        assertThat(s.value().statement()).isEqualTo("ordering the raid on the newspaper");
    }

    @Test
    void readsTheReportedClauseWhenAWordInItIsInQuotes() {
        Claim s = onlyStatement("Investigators said the pilots were \"poorly\" trained for flights at night.");

        assertThat(s.speaker()).isEqualTo("Investigators");
        assertThat(s.value().statement()).startsWith("the pilots were");
    }

    @Test
    void readsTheEndOfAQuotationBegunInTheSentenceBeforeAsTheStatementOfThePersonNamedBefore() {
        String text = "Two fishermen are missing, said coastguard officer Ian Marsh.\n\n"
                + "\"Their boat left the harbour at dawn. We found it drifting near the rocks,'' he said.";
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        List<Claim> statements = extractor.extract(article, doc).stream()
                .filter(c -> c.kind() == ClaimKind.STATEMENT && c.valueText().contains("drifting")).toList();

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).value().statement()).isEqualTo("We found it drifting near the rocks");
        assertThat(statements.get(0).speaker()).isEqualTo("Ian Marsh");
    }

    @Test
    void readsNoSpeakerInAParticipleAfterItsNoun() {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", "Among the firms accused were three banks.", PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);

        assertThat(extractor.extract(article, doc)).noneMatch(c -> c.kind() == ClaimKind.STATEMENT);
    }

    @Test
    void keepsTheStatementOfAReportThatGivesSomeonesAge() {
        Claim s = onlyStatement("Police said they found Mr Hale, 61, unconscious in his car.");

        assertThat(s.value().statement()).contains("unconscious in his car");
    }
}
