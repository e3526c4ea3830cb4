package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.TimeOfDay;
import org.junit.jupiter.api.Test;

/** Times of day as claims, on real CoreNLP output (the pipeline is loaded once per JVM). */
class TimesOfDayTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 3);
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
    void readsAHedgedClockTimeAsATimeNotACount() {
        List<Claim> claims = claims("Witnesses said the gunmen opened fire at around 9.15pm and fled on foot.");

        List<Claim> times = ofKind(claims, ClaimKind.TIME);
        assertThat(times).hasSize(1);
        TimeOfDay t = times.get(0).value().time();
        assertThat(t.minutes()).isEqualTo(21 * 60 + 15);
        assertThat(t.hedge()).isEqualTo(Hedge.ABOUT);
        assertThat(times.get(0).normalized()).isEqualTo("~21:15");
        assertThat(ofKind(claims, ClaimKind.COUNT)).isEmpty();
    }

    @Test
    void readsALocalTimeWithItsGmtEquivalentAsOneTimeNotTwoYears() {
        List<Claim> claims = claims("The tremor, which struck at 0842 (0312 GMT), was felt in the capital.");

        assertThat(ofKind(claims, ClaimKind.DATE)).isEmpty();
        List<Claim> times = ofKind(claims, ClaimKind.TIME);
        assertThat(times).hasSize(1);
        assertThat(times.get(0).value().time().zone()).isEqualTo(TimeOfDay.Zone.LOCAL);
        assertThat(times.get(0).value().time().equivalentTime().orElseThrow().minutes()).isEqualTo(3 * 60 + 12);
        assertThat(times.get(0).predicate()).isEqualTo("strike");
    }

    @Test
    void readsATimeInAmericanZoneBesideTheLocalTime() {
        List<Claim> times = ofKind(claims("At about 6:10 a.m. local time (12:10 a.m. ET) the ferry capsized."),
                ClaimKind.TIME);

        assertThat(times).hasSize(1);
        assertThat(times.get(0).value().time().equivalentTime().orElseThrow().zoneName()).isEqualTo("ET");
    }

    @Test
    void readsATimeOfDayBesideItsDayAsTwoClaims() {
        List<Claim> claims = claims("The polls closed at 8 p.m. on Thursday, officials said.");

        assertThat(ofKind(claims, ClaimKind.TIME)).extracting(Claim::normalized).containsExactly("20:00");
        assertThat(ofKind(claims, ClaimKind.DATE)).hasSize(1);
    }

    @Test
    void readsNoTimeOfDayInARaceTime() {
        assertThat(ofKind(claims("Kiptum ran the last mile in 4:12 to win the race."), ClaimKind.TIME)).isEmpty();
    }

    @Test
    void readsARelativeDayWithAPartOfTheDayAsADate() {
        List<Claim> dates = ofKind(claims("The landslide buried the village yesterday afternoon."), ClaimKind.DATE);

        assertThat(dates).extracting(Claim::normalized).containsExactly("2019-06-02");
    }

    @Test
    void readsTheDayAfterAClockTimeAsADateBesideTheTime() {
        List<Claim> claims = claims("The boy was last seen at 7pm last night.");

        assertThat(ofKind(claims, ClaimKind.TIME)).extracting(Claim::normalized).containsExactly("19:00");
        assertThat(ofKind(claims, ClaimKind.DATE)).extracting(Claim::normalized).containsExactly("2019-06-02");
    }

    @Test
    void readsNoTimeInANameThatIsATimeWord() {
        assertThat(ofKind(claims("Winger Jamie Noon scored twice for Newcastle on Saturday."), ClaimKind.TIME)).isEmpty();
    }
}
