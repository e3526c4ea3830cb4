package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Claims of an article's headline, on real CoreNLP output. */
class HeadlinesTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 9, 18);
    private static final String BODY = "Rescue teams were searching the area on Wednesday.";
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String headline) {
        String text = headline + "\n\n" + BODY;
        Article article = new Article("doc.txt", text, text, OffsetMap.identity(), headline, "", "", PUBLISHED,
                PublishedFrom.MANIFEST, List.of(new Passage(0, headline.length(), PassageKind.TITLE),
                        new Passage(headline.length() + 2, text.length(), PassageKind.BODY)));
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), text, PUBLISHED);
        return extractor.extract(article, doc);
    }

    private List<Claim> headlineClaims(String headline) {
        return claims(headline).stream().filter(c -> c.sentenceStart() == 0).toList();
    }

    @Test
    void readsAHeadlinesFigureAsAClaim() {
        List<Claim> claims = headlineClaims("Floods kill 14 in northern Italy");

        assertThat(claims).extracting(Claim::kind, Claim::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ClaimKind.COUNT, "person"));
    }

    @Test
    void readsAHeadlinesPresentTenseAsThePast() {
        List<Claim> dates = headlineClaims("Ferry sinks off Crete on Monday").stream()
                .filter(c -> c.kind() == ClaimKind.DATE).toList();

        assertThat(dates).extracting(Claim::normalized).containsExactly("2013-09-16");
    }

    @Test
    void readsAHeadlinesToAndAVerbAsTheFuture() {
        List<Claim> dates = headlineClaims("Minister to visit Kenya on Friday").stream()
                .filter(c -> c.kind() == ClaimKind.DATE).toList();

        assertThat(dates).extracting(Claim::normalized).containsExactly("2013-09-20");
    }

    @Test
    void readsNoWireVersionLabelAsAFigure() {
        assertThat(headlineClaims("UPDATE 3-Floods kill 14 in northern Italy")).extracting(Claim::valueText)
                .containsExactly("14");
    }

    @Test
    void readsNoSeasonInACapitalisedHeadlineWord() {
        assertThat(headlineClaims("Hiker Dies in Fall on Ben Nevis")).noneMatch(c -> c.kind() == ClaimKind.DATE);
    }

    @Test
    void listsTheHeadlinesClaimsAfterTheBodys() {
        List<Claim> claims = claims("Floods kill 14 in northern Italy");

        assertThat(claims.get(0).sentence()).isEqualTo(BODY);
        assertThat(claims.get(claims.size() - 1).valueText()).isEqualTo("14");
    }

    @Test
    void readsNoCountInAResultBetweenTwoNames() {
        assertThat(headlineClaims("Italy 8-38 Wales")).isEmpty();
    }

    @Test
    void readsNoWeekdayInALowerCaseVerb() {
        assertThat(headlineClaims("Singer Christina Aguilera to wed")).isEmpty();
    }
}
