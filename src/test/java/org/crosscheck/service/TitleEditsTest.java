package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.CsvFiles;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles on a real project of the sample articles: found, typed, kept through re-analysis, undone. */
class TitleEditsTest {
    @TempDir
    Path dir;

    private static String titleOf(ProjectWorkbench wb, String document) {
        return wb.snapshot().documents().stream().filter(d -> d.name().equals(document)).findFirst()
                .map(DocumentInfo::title).orElseThrow();
    }

    @Test
    void anUntitledArticleIsNamedByItsOutletAndTheFirstWordsOfItsLead() {
        Path project = AnalysedProjects.copyOf(AnalysedProjects.SAMPLES, dir.resolve("p.db"));
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            assertThat(titleOf(wb, "002_b8fcfa02192d3b24.txt"))
                    .isEqualTo("NBC News — Secretary of State Mike Pompeo has warned Iraq’s leaders…");
            assertThat(wb.snapshot().documents()).allSatisfy(d -> assertThat(d.title()).isNotBlank()
                    .isNotEqualTo(d.name()));
        }
    }

    @Test
    void aTypedTitleIsExportedAndSurvivesReanalysis() throws Exception {
        Path project = AnalysedProjects.copyOf(AnalysedProjects.SAMPLES, dir.resolve("p.db"));
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            wb.setTitle("002_b8fcfa02192d3b24.txt", "Pompeo warns Iraq over embassy");
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            wb.analyze(List.of(AnalysedProjects.SAMPLES), null, ProgressListener.NONE, new CancellationToken());
            assertThat(titleOf(wb, "002_b8fcfa02192d3b24.txt")).isEqualTo("Pompeo warns Iraq over embassy");
            wb.export(dir.resolve("out"));
        }
        assertThat(CsvFiles.read(dir.resolve("out/documents.csv")))
                .anySatisfy(r -> assertThat(r.get("title")).isEqualTo("Pompeo warns Iraq over embassy"));
    }

    @Test
    void undoGivesBackTheTitleFoundInTheArticle() {
        Path project = AnalysedProjects.copyOf(AnalysedProjects.SAMPLES, dir.resolve("p.db"));
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            String found = titleOf(wb, "000_1a1ccef1600b2547.txt");
            wb.setTitle("000_1a1ccef1600b2547.txt", "Embassy withdrawal");
            wb.undo();
            assertThat(titleOf(wb, "000_1a1ccef1600b2547.txt")).isEqualTo(found);
            wb.redo();
            assertThat(titleOf(wb, "000_1a1ccef1600b2547.txt")).isEqualTo("Embassy withdrawal");
        }
    }
}
