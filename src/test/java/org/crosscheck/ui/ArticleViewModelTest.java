package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.crosscheck.claims.Claim;
import org.junit.jupiter.api.Test;

class ArticleViewModelTest {
    private final ViewModelFixture fx = new ViewModelFixture();
    private final ArticleViewModel article = fx.window.article();

    private Set<String> classesAt(int position) {
        int at = 0;
        for (ArticleStyles.Segment s : article.stylesProperty().get()) {
            if (position < at + s.length()) {
                return s.classes();
            }
            at += s.length();
        }
        return Set.of();
    }

    private Claim claim(String id) {
        return fx.session.index().claim(id).orElseThrow();
    }

    @Test
    void showsTheFirstArticleWithItsTextAtTheStoredOffsets() {
        assertThat(article.documentProperty().get().name()).isEqualTo(SampleProject.REUTERS);
        Claim c = claim("r-before");
        assertThat(article.textProperty().get().substring(c.start(), c.end())).isEqualTo("more than 5,000");
    }

    @Test
    void highlightsTheSentenceOfTheSelectedFact() {
        fx.session.selectFact("f-date");
        Claim c = claim("r-date");
        assertThat(classesAt(c.sentenceStart() + 2)).contains(ArticleViewModel.SELECTED_SENTENCE);
        assertThat(classesAt(c.start())).contains(ArticleViewModel.CLAIM_VALUE);
        assertThat(article.focusPositionProperty().get()).isEqualTo(c.sentenceStart());
        assertThat(classesAt(article.textProperty().get().indexOf("The drawdown")))
                .doesNotContain(ArticleViewModel.SELECTED_SENTENCE);
    }

    @Test
    void selectingAClaimOfAnotherArticleSwitchesToIt() {
        fx.session.selectClaim("a-date");
        assertThat(article.documentProperty().get().name()).isEqualTo(SampleProject.AP);
        assertThat(classesAt(claim("a-date").start())).contains(ArticleViewModel.SELECTED_SENTENCE);
    }

    @Test
    void clickingAMarkedSentenceSelectsItsClaimAndFact() {
        fx.session.selectClaim("a-before");
        article.selectAt(claim("a-before").sentenceStart() + 1);
        assertThat(fx.session.selectedFactIdProperty().get()).isEqualTo("f-before");
        article.selectAt(claim("a-date").start() + 3);
        assertThat(fx.session.selectedClaimIdProperty().get()).isEqualTo("a-date");
        assertThat(fx.session.selectedFactIdProperty().get()).isEqualTo("f-date");
    }

    @Test
    void stylesMentionsByType() {
        String text = article.textProperty().get();
        assertThat(classesAt(text.indexOf("Frank McKenzie"))).contains("mention-person");
        assertThat(classesAt(text.indexOf("Reuters)"))).contains("mention-organization");
        assertThat(classesAt(text.indexOf("BAGHDAD"))).contains("mention-location");
    }

    @Test
    void describesTheMentionAndTheClaimUnderThePointer() {
        String text = article.textProperty().get();
        assertThat(article.describeAt(text.indexOf("Frank McKenzie") + 2)).hasValue("Person: Frank McKenzie");
        assertThat(article.describeAt(claim("r-date").start() + 1).orElseThrow())
                .isEqualTo("Claim (date): by the end of September = 2020-09 — fact “troops reduced by”, ✖ disagree");
        assertThat(article.describeAt(0)).isEmpty();
    }
}
