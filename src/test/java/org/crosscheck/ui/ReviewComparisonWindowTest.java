package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewState;
import org.crosscheck.service.ProjectWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two researchers in the real window: this project (Qeshm) reviewed in the window, a second
 * researcher's copy of it reviewed through the workbench, their review imported and adjudicated.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewComparisonWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private QeshmWindow window;
    private Path theirs;
    private List<Claim> claims;

    /** The project is analysed here, not in the window's start, which TestFX gives only seconds. */
    @org.junit.jupiter.api.BeforeAll
    static void analyseOnce() {
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.QESHM, dir.resolve("first.db"));
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.SAMPLES, dir.resolve("first-samples.db"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Path here = Files.createTempDirectory(dir, "c");
        window = new QeshmWindow(stage, here);
        claims = window.session.snapshot().claims();
        theirs = here.resolve("theirs.csv");
        Path other = AnalysedProjects.copyOf(AnalysedProjects.QESHM, here.resolve("other.db"));
        try (ProjectWorkbench wb = new ProjectWorkbench(other)) {
            wb.accept(claims.get(0).id());
            wb.reject(claims.get(1).id());
            wb.reject(claims.get(2).id());
            wb.accept(claims.get(3).id());
            wb.exportReviews(theirs);
        }
        window.dialogs.files.put("open-csv", theirs);
        window.view.showReviewers();
    }

    private void reviewHere(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel.reviewLoop().moveOnProperty().set(false);
            window.session.selectClaim(claims.get(0).id());
            window.viewModel.inspector().accept();
            window.session.selectClaim(claims.get(1).id());
            window.viewModel.inspector().accept();
            window.session.selectClaim(claims.get(2).id());
            window.viewModel.inspector().reject();
        });
    }

    @Test
    void importingTheSecondReviewShowsTheHandComputedAgreement(FxRobot robot) {
        reviewHere(robot);
        robot.clickOn("#importReviewButton");
        // Decided by either: claims 0-3; here accepted, accepted, rejected, not reviewed; there accepted,
        // rejected, rejected, accepted. p_o = 0.5, p_e = 0.375: kappa 0.200; identical 2 of 4.
        assertThat(window.view.reviewComparison().agreementLabel().getText())
                .contains("kappa on review decision 0.200, identical decisions 2 of 4 (50.0%)");
    }

    @Test
    void theClaimsWhereTheReviewsDifferStandSideBySide(FxRobot robot) {
        reviewHere(robot);
        robot.clickOn("#importReviewButton");
        List<ReviewComparisonViewModel.Difference> rows = window.view.reviewComparison().table().getItems();
        ReviewComparisonViewModel.Difference second = rows.stream()
                .filter(d -> d.pair().claim().id().equals(claims.get(1).id())).findFirst().orElseThrow();
        assertThat(second.mine()).startsWith("✔ accepted");
        assertThat(second.theirs()).startsWith("✖ rejected");
        assertThat(rows).anySatisfy(d -> assertThat(d.pair().claim().id()).isEqualTo(claims.get(3).id()));
        assertThat(rows).noneSatisfy(d -> assertThat(d.pair().claim().id()).isEqualTo(claims.get(0).id()));
    }

    @Test
    void takingTheirDecisionAdjudicatesTheClaimAndUndoTakesItBack(FxRobot robot) {
        reviewHere(robot);
        robot.clickOn("#importReviewButton");
        ReviewComparisonViewModel.Difference second = window.view.reviewComparison().table().getItems().stream()
                .filter(d -> d.pair().claim().id().equals(claims.get(1).id())).findFirst().orElseThrow();
        robot.interact(() -> window.view.reviewComparison().table().getSelectionModel().select(second));
        robot.clickOn("#takeTheirsButton");
        assertThat(window.session.index().review(claims.get(1).id()).state()).isEqualTo(ReviewState.REJECTED);
        assertThat(window.view.reviewComparison().agreementLabel().getText()).contains("identical decisions 3 of 4");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        assertThat(window.session.index().review(claims.get(1).id()).state()).isEqualTo(ReviewState.ACCEPTED);
    }

    @Test
    void aReviewOfOtherArticlesIsRefusedWithTheFileNamedAndNothingChanged(FxRobot robot) throws Exception {
        Path samples = AnalysedProjects.copyOf(AnalysedProjects.SAMPLES, dir.resolve("samples-other.db"));
        Path foreign = dir.resolve("samples-review.csv");
        try (ProjectWorkbench wb = new ProjectWorkbench(samples)) {
            wb.exportReviews(foreign);
        }
        window.dialogs.files.put("open-csv", foreign);
        robot.clickOn("#importReviewButton");
        assertThat(window.session.statusProperty().get()).contains(foreign + " is the review of other articles");
        assertThat(window.session.errorProperty().get()).isNotNull();
        assertThat(window.session.snapshot().reviews()).isEmpty();
    }

    @Test
    void thisProjectsReviewIsExportedForTheOtherResearcher(FxRobot robot) throws Exception {
        Path out = dir.resolve("mine.csv");
        window.dialogs.files.put("csv", out);
        reviewHere(robot);
        robot.clickOn("#exportReviewButton");
        List<org.apache.commons.csv.CSVRecord> rows = org.crosscheck.CsvFiles.read(out);
        assertThat(rows).hasSize(claims.size());
        assertThat(rows).filteredOn(r -> r.get("claim_id").equals(claims.get(2).id()))
                .singleElement().satisfies(r -> assertThat(r.get("review")).isEqualTo("rejected"));
    }
}
