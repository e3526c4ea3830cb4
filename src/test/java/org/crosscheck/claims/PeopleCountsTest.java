package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** Counts of people written without a noun, on real CoreNLP output. */
class PeopleCountsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 10, 4);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> counts(String text) {
        Article article = ClaimExtractorTest.bodyArticle("doc.txt", text, PUBLISHED);
        AnnotatedDocument doc = CoreNlpAnnotator.shared().annotate(article.name(), article.analysisText(), PUBLISHED);
        return extractor.extract(article, doc).stream().filter(c -> c.kind() == ClaimKind.COUNT).toList();
    }

    @Test
    void readsAFigureThatIsTheSubjectOfACasualtyWordAsACountOfPeople() {
        List<Claim> counts = counts("Hospital officials said 35 were injured in the stampede.");

        assertThat(counts).hasSize(1);
        assertThat(counts.get(0).unit()).isEqualTo("person");
        assertThat(counts.get(0).predicate()).isEqualTo("injure");
        assertThat(counts.get(0).speaker()).isEqualTo("Hospital officials");
    }

    @Test
    void readsAFigureThatIsTheObjectOfACasualtyVerbAsACountOfPeople() {
        List<Claim> counts = counts("Gunmen attacked the convoy on Friday, killing nine.");

        assertThat(counts).extracting(Claim::normalized).containsExactly("9");
        assertThat(counts.get(0).unit()).isEqualTo("person");
        assertThat(counts.get(0).predicate()).isEqualTo("kill");
    }

    @Test
    void readsNoOneKilledOrWoundedAsNoneForEachCasualtyWord() {
        List<Claim> counts = counts("Officials said nobody was killed or wounded when the bridge collapsed.");

        assertThat(counts).extracting(Claim::predicate).containsExactly("kill", "wound");
        assertThat(counts).allSatisfy(c -> assertThat(c.value().quantity().stated()).isZero());
        assertThat(counts).extracting(Claim::id).doesNotHaveDuplicates();
    }

    @Test
    void readsADeathTollRisingToAFigureAsACountOfTheDead() {
        List<Claim> counts = counts("Rescuers kept searching the rubble as the death toll rose to 23.");

        assertThat(counts).extracting(Claim::normalized).containsExactly("23");
        assertThat(counts.get(0).unit()).isEqualTo("person");
        assertThat(counts.get(0).predicate()).isEqualTo("die");
    }

    @Test
    void readsAFigureInAGroupOfPeopleAsItsMembers() {
        List<Claim> counts = counts("There were six in the rescue team.");

        assertThat(counts).extracting(Claim::unit).containsExactly("person");
        assertThat(counts.get(0).subject()).contains("rescue team");
    }

    @Test
    void readsNoPeopleInAFigureWithoutACasualtyWord() {
        assertThat(counts("The dealer said 50 were sold in the first week.")).noneMatch(c -> "person".equals(c.unit()));
    }
}
