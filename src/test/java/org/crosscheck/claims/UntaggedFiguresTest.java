package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Figures the tagger leaves untagged, and amounts in brackets, on real CoreNLP output. */
class UntaggedFiguresTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2018, 2, 12);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> claims(String text) {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        return extractor.extract(article, doc);
    }

    private static List<Claim> ofKind(List<Claim> claims, ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void readsAFigureWithMetresGluedOnAfterAVerbOfFallingAsALength() {
        List<Claim> lengths = ofKind(claims("The skier was injured after tumbling about 80m from a ledge on Sunday."),
                ClaimKind.QUANTITY);

        assertThat(lengths).extracting(Claim::normalized).containsExactly("~80 metre");
    }

    @Test
    void readsAnMBeforeACurrencyWordAsMillions() {
        List<Claim> amounts = ofKind(claims("The gang escaped with 3m euros in cash and bonds."), ClaimKind.MONEY);

        assertThat(amounts).extracting(Claim::normalized).containsExactly("3000000 EUR");
    }

    @Test
    void readsAMagnitudeWrittenAsAHyphenatedModifier() {
        List<Claim> claims = claims("The region was shaken by a magnitude-5.4 earthquake on Monday morning.");

        assertThat(ofKind(claims, ClaimKind.QUANTITY)).extracting(Claim::normalized).containsExactly("5.4 magnitude");
    }

    @Test
    void readsAMagnitudeInAReportedClauseAsAQuantityOfItsSubject() {
        List<Claim> quantities = ofKind(claims("The agency said the tremor measured magnitude-4.8."), ClaimKind.QUANTITY);

        assertThat(quantities).extracting(Claim::normalized).containsExactly("4.8 magnitude");
        assertThat(quantities.get(0).subject()).isEqualTo("tremor");
    }

    @Test
    void readsEachAmountOfOneSumInSeveralCurrenciesAsItsOwnAmount() {
        List<Claim> amounts = ofKind(claims("The painting sold for 5m euros (£4.4m; $6.1m) at auction."), ClaimKind.MONEY);

        assertThat(amounts).extracting(Claim::normalized)
                .containsExactly("5000000 EUR", "4400000 GBP", "6100000 USD");
    }

    @Test
    void readsNoConversionOfALengthInBrackets() {
        List<Claim> quantities = ofKind(claims("The quake struck at a depth of 33 kilometres (20 miles)."),
                ClaimKind.QUANTITY);

        assertThat(quantities).extracting(Claim::unit).containsExactly("km");
    }

    @Test
    void readsNoLengthInAFigureAfterACurrencyWord() {
        assertThat(ofKind(claims("The airline made a record Australian dollars 648m profit last year."),
                ClaimKind.QUANTITY)).isEmpty();
    }

    @Test
    void readsADecimalWithAGluedMAfterAVerbOfFallingAsALength() {
        List<Claim> lengths = ofKind(claims("The hiker slipped and fell 2.5m onto a ledge."), ClaimKind.QUANTITY);

        assertThat(lengths).extracting(Claim::normalized).containsExactly("2.5 metre");
    }

    @Test
    void readsAnOrdinalWordBeforeANumberedDistrictAsAPositionWhateverTheWordForDistrict() {
        List<Claim> a = ofKind(claims("The shop lies in the eighth arrondissement of the city."), ClaimKind.QUANTITY);
        List<Claim> b = ofKind(claims("The shop lies in the city's eighth district."), ClaimKind.QUANTITY);

        assertThat(a).extracting(Claim::normalized).containsExactly("8 nth district");
        assertThat(b).extracting(Claim::normalized).containsExactly("8 nth district");
    }

    @Test
    void readsAnOrdinalWordBeforeAMinuteAsAPositionNotADuration() {
        List<Claim> claims = claims("Silva scored in the first minute of stoppage time.");

        assertThat(ofKind(claims, ClaimKind.DURATION)).isEmpty();
        assertThat(ofKind(claims, ClaimKind.QUANTITY)).extracting(Claim::normalized).containsExactly("1 nth minute");
    }
}
