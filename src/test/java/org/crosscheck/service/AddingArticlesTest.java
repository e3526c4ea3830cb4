package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding articles to an analysed project realigns locally, with the result of a full analysis. */
class AddingArticlesTest {

    private static final Path MANIFEST = Path.of("samples/manifest.csv");
    private static final List<Path> FIRST_FOUR = List.of(Path.of("samples/000_1a1ccef1600b2547.txt"),
            Path.of("samples/001_2ba6aa2364cfd342.txt"), Path.of("samples/002_b8fcfa02192d3b24.txt"),
            Path.of("samples/003_e17a6d2f227cc06c.txt"));
    private static final Path FIFTH = Path.of("samples/004_0de8a2fd00d44d0a.txt");

    @TempDir
    Path dir;

    @Test
    void anAddedCopyIsFoundAsByAFullAnalysis() {
        List<DocumentInfo> added;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("added.db"), 1)) {
            analyse(wb, FIRST_FOUR);
            analyse(wb, List.of(FIFTH));
            added = wb.snapshot().documents();
        }

        assertThat(added).containsExactlyInAnyOrderElementsOf(fullAnalysis().documents());
        assertThat(added.stream().filter(d -> d.name().equals(FIFTH.getFileName().toString())).findFirst()
                .orElseThrow().copyOf()).isEqualTo("000_1a1ccef1600b2547.txt");
    }

    @Test
    void addingAnArticleGivesTheFactsOfAFullAnalysis() {
        List<Fact> added;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("added.db"), 1)) {
            analyse(wb, FIRST_FOUR);
            analyse(wb, List.of(FIFTH));
            added = wb.snapshot().facts();
        }

        assertThat(added).containsExactlyElementsOf(fullAnalysis().facts());
    }

    @Test
    void addingAnArticleGivesTheMentionsOfAFullAnalysis() {
        List<MentionRecord> added;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("added.db"), 1)) {
            analyse(wb, FIRST_FOUR);
            analyse(wb, List.of(FIFTH));
            added = wb.snapshot().mentions();
        }

        assertThat(added).containsExactlyElementsOf(fullAnalysis().mentions());
    }

    @Test
    void aResearchersMoveHoldsAfterAnArticleIsAdded() {
        List<Fact> added;
        String moved;
        String target;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("added.db"), 1)) {
            analyse(wb, FIRST_FOUR);
            List<Claim> claims = wb.snapshot().claims();
            moved = claims.get(0).id();
            target = claims.get(claims.size() - 1).id();
            wb.moveClaim(moved, target);
            analyse(wb, List.of(FIFTH));
            added = wb.snapshot().facts();
        }

        assertThat(added).anySatisfy(f -> assertThat(f.claimIds()).contains(moved, target));
    }

    private ProjectSnapshot fullAnalysis() {
        List<Path> all = new java.util.ArrayList<>(FIRST_FOUR);
        all.add(FIFTH);
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("full.db"), 1)) {
            analyse(wb, all);
            return wb.snapshot();
        }
    }

    private static void analyse(ProjectWorkbench wb, List<Path> files) {
        AnalysisReport report = wb.analyze(files, MANIFEST, ProgressListener.NONE, new CancellationToken());
        assertThat(report.allSucceeded()).as(report.failures().toString()).isTrue();
    }
}
