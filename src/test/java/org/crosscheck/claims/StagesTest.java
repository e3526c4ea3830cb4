package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.NumberNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The draft stages one at a time on a real CoreNLP sentence (the pipeline is loaded once per
 * JVM): each provides what its doc comment says, given what the stages before it left.
 */
class StagesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 9, 10);
    private static final NumberNormalizer NUMBERS = new NumberNormalizer();
    private static final DateNormalizer DATES = new DateNormalizer();
    private static final WordNetLexicon LEXICON = WordNetLexicon.shared();

    /** The first sentence of {@code text}, as the extractor hands it to its stages (dateline read). */
    private static SentenceState firstSentence(String text) {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(),
                article.published());
        SentenceView view = new SentenceView(doc.sentences().get(0));
        return new SentenceState(article, view, new DocumentState(doc), Datelines.end(view));
    }

    private static void run(SentenceState s, Stage... stages) {
        for (Stage stage : stages) {
            stage.apply(s);
        }
    }

    private static List<String> draftTexts(SentenceState s) {
        return s.drafts.stream().map(d -> s.view.text(d.begin, d.end)).toList();
    }

    @Test
    void textOrderDropsTheDatelinesDateAndSortsTheRest() {
        SentenceState s = firstSentence("KAMPALA, Sept 27 (Meridian Wire) - A Briton was killed and 12 people "
                + "were hurt on Monday.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new CountsWithoutDigits(NUMBERS, LEXICON), new TextOrder());

        assertThat(draftTexts(s)).containsExactly("A Briton", "12", "Monday");
    }

    @Test
    void joinedValuesMakeOneTimeOfItsParts() {
        SentenceState s = firstSentence("She won in two hours, two minutes and 17 seconds.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new JoinedValues(NUMBERS, DATES));

        assertThat(draftTexts(s)).containsExactly("two hours, two minutes and 17 seconds");
    }

    @Test
    void rolesAndUnitsOfAChange() {
        SentenceState s = firstSentence("The United States would reduce its force in Iraq from more than 5,000 "
                + "to about 3,000 troops.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new TextOrder(), new Roles(), new CountedUnits(NUMBERS, LEXICON));

        assertThat(s.drafts).extracting(d -> d.role).containsExactly("from", "to");
        assertThat(s.drafts).extracting(d -> d.unit).containsExactly("troop", "troop");
        assertThat(s.drafts).extracting(d -> d.predicate).containsOnly("reduce");
    }

    @Test
    void sourceCountsCountWhoSaidIt() {
        SentenceState s = firstSentence("The embassy will close, two diplomats familiar with the plan said.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new TextOrder(), new CountedUnits(NUMBERS, LEXICON),
                new SourceCounts());

        Draft two = s.drafts.get(0);
        assertThat(two.predicate).isEqualTo("say");
        assertThat(two.subject).isEqualTo("diplomats familiar with the plan");
    }

    @Test
    void statementsTakeTheReportedClauseWithItsSpeaker() {
        SentenceState s = firstSentence("The agency said the talks had failed badly.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new TextOrder(), new Speakers(), new ValueClaims(NUMBERS, DATES),
                new Statements());

        assertThat(s.claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.STATEMENT);
            assertThat(c.speaker()).isEqualTo("The agency");
            assertThat(c.valueText()).isEqualTo("the talks had failed badly");
        });
    }

    @Test
    void aReportedFigureIsNoStatementOfItsOwn() {
        SentenceState s = firstSentence("The agency said 1,800 people had been relocated.");

        run(s, new ValueMentions(NUMBERS, LEXICON), new TextOrder(), new CountedUnits(NUMBERS, LEXICON),
                new Speakers(), new ValueClaims(NUMBERS, DATES), new Statements());

        assertThat(s.claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.COUNT);
            assertThat(c.speaker()).isEqualTo("The agency");
        });
    }
}
