package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;

class SourcesAndAnalysisViewModelTest {
    private final ViewModelFixture fx = new ViewModelFixture();

    private SourcesViewModel.SourceRow source(String name) {
        return fx.window.sources().rows().stream().filter(r -> r.document().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void listsEachArticleWithOutletDateCopyBadgeAndClaimCount() {
        SourcesViewModel.SourceRow reuters = source(SampleProject.REUTERS);
        assertThat(reuters.outlet()).isEqualTo("Reuters");
        assertThat(reuters.published()).isEqualTo("2020-09-09");
        assertThat(reuters.claimCount()).isEqualTo(4);
        assertThat(reuters.copyBadge()).isEmpty();
        assertThat(source(SampleProject.ALJAZEERA).copyBadge()).isEqualTo("copy of Reuters");
    }

    @Test
    void editingThePublicationDateGoesToTheWorkbench() {
        DocumentInfo ap = source(SampleProject.AP).document();
        fx.window.sources().setPublished(ap, "2020-09-27");
        DocumentInfo changed = fx.session.index().document(SampleProject.AP).orElseThrow();
        assertThat(changed.published()).isEqualTo(LocalDate.of(2020, 9, 27));
        assertThat(changed.publishedFrom()).isEqualTo(PublishedFrom.USER);
        assertThat(source(SampleProject.AP).published()).isEqualTo("2020-09-27");
    }

    @Test
    void aDateThatIsNotADateIsRefusedInPlainWords() {
        fx.window.sources().setPublished(source(SampleProject.AP).document(), "27/9/2020");
        assertThat(fx.workbench.calls()).noneMatch(c -> c.startsWith("published"));
        assertThat(fx.session.statusProperty().get()).contains("is not a date").contains("2020-09-27");
    }

    @Test
    void analysisReportsEachFinishedArticleAndTheOverallProgress() {
        AnalysisViewModel analysis = fx.window.analysis();
        analysis.analyze(List.of(Path.of("one.txt"), Path.of("empty.txt")));
        assertThat(analysis.articles()).extracting(AnalysisViewModel.ArticleOutcome::document)
                .containsExactly("one.txt", "empty.txt");
        assertThat(analysis.progressProperty().get()).isEqualTo(1.0);
        assertThat(analysis.runningProperty().get()).isFalse();
        assertThat(fx.session.statusProperty().get()).isEqualTo(
                "Analysis finished: 1 analysed, 0 unchanged, 1 could not be read. Everything finished is saved.");
        assertThat(fx.session.errorProperty().get().message()).isEqualTo("empty.txt: the file is empty");
        assertThat(analysis.showOutcomesProperty().get()).isTrue();
    }

    @Test
    void aRunWithoutFailuresPutsAwayThePerArticleList() {
        AnalysisViewModel analysis = fx.window.analysis();
        analysis.analyze(List.of(Path.of("one.txt"), Path.of("two.txt")));
        assertThat(analysis.showOutcomesProperty().get()).isFalse();
        assertThat(fx.session.statusProperty().get()).startsWith("Analysis finished: 2 analysed");
    }

    @Test
    void aFailedAnalysisStopsShowingProgressAndSaysWhy() {
        fx.workbench.failNextCallWith(new IllegalStateException("the project file is locked"));
        fx.window.analysis().analyze(List.of(Path.of("one.txt")));
        assertThat(fx.window.analysis().runningProperty().get()).isFalse();
        assertThat(fx.session.statusProperty().get())
                .isEqualTo("Could not analyse the articles: the project file is locked.");
    }

    @Test
    void exportWritesToTheChosenFolder(@org.junit.jupiter.api.io.TempDir Path dir) {
        fx.session.selectClaim("r-date");
        fx.window.inspector().accept();
        fx.window.export(dir);
        assertThat(dir.resolve("claims.csv")).content().contains("r-date,accepted");
        assertThat(fx.session.statusProperty().get()).startsWith("Exported documents.csv");
    }

    @Test
    void entitiesAreListedMostMentionedFirst() {
        List<EntitiesViewModel.EntityRow> rows = fx.window.entities().rows();
        assertThat(rows.get(0).mentions()).isEqualTo(2);
        assertThat(rows).extracting(EntitiesViewModel.EntityRow::name).contains("Frank McKenzie", "Iraq");
        assertThat(rows.stream().filter(r -> r.name().equals("Frank McKenzie")).findFirst().orElseThrow().aliases())
                .isEqualTo("Gen. Frank McKenzie, McKenzie");
    }
}
