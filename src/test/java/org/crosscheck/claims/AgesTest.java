package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** People's ages as claims, on real CoreNLP output (the pipeline is loaded once per JVM). */
class AgesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 8);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> ages(String text) {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        return extractor.extract(article, doc).stream().filter(c -> c.kind() == ClaimKind.AGE).toList();
    }

    private Claim onlyAge(String text) {
        List<Claim> ages = ages(text);
        assertThat(ages).as("ages of: " + text).hasSize(1);
        return ages.get(0);
    }

    @Test
    void readsAgeInAppositionAsTheNamedPersonsAge() {
        Claim age = onlyAge("On Sunday, 41-year-old Maria Lopez was pulled from the river by firefighters.");

        assertThat(age.value().quantity().stated()).isEqualTo(41);
        assertThat(age.unit()).isEqualTo("year");
        assertThat(age.subject()).isEqualTo("Maria Lopez");
        assertThat(age.entityIds().get(0)).isEqualTo("name:maria lopez");
    }

    @Test
    void readsABareFigureBetweenCommasAfterANameAsAnAge() {
        Claim age = onlyAge("Thomas Reilly, 58, was arrested at his home in Leeds on Tuesday.");

        assertThat(age.value().quantity().stated()).isEqualTo(58);
        assertThat(age.subject()).isEqualTo("Thomas Reilly");
    }

    @Test
    void readsTheAgeOfANounForPeopleAsThatNounsAge() {
        Claim age = onlyAge("A 19-year-old student was stabbed outside a nightclub early on Saturday.");

        assertThat(age.value().quantity().stated()).isEqualTo(19);
        assertThat(age.subject()).isEqualTo("student");
    }

    @Test
    void readsTheAgeOfANounThatNamesAPersonInAnotherSenseAsAPersonsAge() {
        Claim age = onlyAge("A 52-year-old Canadian climber was rescued from the glacier by helicopter.");

        assertThat(age.subject()).isEqualTo("climber");
    }

    @Test
    void readsANameAfterANounForPeopleAsWhoseAgeItIs() {
        Claim age = onlyAge("Police named the victim as 27-year-old Frenchman Paul Girard.");

        assertThat(age.subject()).isEqualTo("Paul Girard");
    }

    @Test
    void readsAnAgeUsedAsANounAsAPersonsAge() {
        Claim age = onlyAge("The 44-year-old, who had lived in the village for a decade, was taken to hospital.");

        assertThat(age.value().quantity().stated()).isEqualTo(44);
        assertThat(age.subject()).isEqualTo("person");
    }

    @Test
    void readsAgedAndADecadeOfLifeAsAnAgeRange() {
        Claim age = onlyAge("A man aged in his late 40s has been charged with the robbery.");

        assertThat(age.value().quantity().low()).isEqualTo(47);
        assertThat(age.value().quantity().high()).isEqualTo(49);
        assertThat(age.subject()).isEqualTo("man");
    }

    @Test
    void readsADecadeOfLifeAfterANounAsItsAge() {
        Claim age = onlyAge("Witnesses saw a woman in her 60s leave the building shortly before the fire.");

        assertThat(age.value().quantity().low()).isEqualTo(60);
        assertThat(age.value().quantity().high()).isEqualTo(69);
        assertThat(age.subject()).isEqualTo("woman");
    }

    @Test
    void readsTheNameAnAgesNounPhraseIsAppositiveToAsWhoseAgeItIs() {
        Claim age = onlyAge("\"The water came in seconds,\" said Amina Bello, a 35-year-old trader in the market.");

        assertThat(age.subject()).isEqualTo("Amina Bello");
    }

    @Test
    void readsNoAgeOfAThing() {
        assertThat(ages("The council wants to repeal a 40-year-old law on street trading.")).isEmpty();
        assertThat(ages("Fans packed the 25-year-old stadium for the final.")).isEmpty();
        assertThat(ages("The talks aim to end a 10-year-old conflict in the region.")).isEmpty();
    }

    @Test
    void readsNoAgeInASentenceOfYears() {
        assertThat(ages("He was given a 20-year sentence for the killings.")).isEmpty();
    }

    @Test
    void takesNoWordOfAnAgeForTheSubjectOfAnotherFigure() {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt",
                "On Sunday, 45-year-old Scot Ian Grant fell about 300m while skiing near the summit.", PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        Claim fall = extractor.extract(article, doc).stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
                .findFirst().orElseThrow();

        assertThat(fall.subject()).doesNotContain("year").doesNotContain("old");
    }
}
