package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard review loop and bulk decisions in the real window, on a real project of the Qeshm reports. */
@ExtendWith(ApplicationExtension.class)
class ReviewLoopWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private QeshmWindow window;

    /** The project is analysed here, not in the window's start, which TestFX gives only seconds. */
    @org.junit.jupiter.api.BeforeAll
    static void analyseOnce() {
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.QESHM, dir.resolve("first.db"));
    }

    @Start
    void start(Stage stage) throws Exception {
        window = new QeshmWindow(stage, Files.createTempDirectory(dir, "r"));
    }

    private ReviewState stateOf(String claimId) {
        return window.session.index().review(claimId).state();
    }

    private List<FactRow> shownRows() {
        return List.copyOf(window.view.factTable().table().getItems());
    }

    /** The first fact the table shows with at least two claims. */
    private Fact factWithClaims(FxRobot robot) {
        Fact fact = shownRows().stream().map(FactRow::fact).filter(f -> f.claimIds().size() >= 2).findFirst()
                .orElseThrow();
        robot.interact(() -> window.session.selectFact(fact.id()));
        robot.interact(() -> window.view.factTable().table().requestFocus());
        return fact;
    }

    @Test
    void acceptingAClaimMovesOnToTheNextUnreviewedClaimOfTheFact(FxRobot robot) {
        Fact fact = factWithClaims(robot);
        List<Claim> claims = window.session.index().claimsOf(fact);
        robot.push(KeyCode.A);
        assertThat(stateOf(claims.get(0).id())).isEqualTo(ReviewState.ACCEPTED);
        assertThat(window.session.selectedClaimIdProperty().get()).isEqualTo(claims.get(1).id());
        robot.push(KeyCode.R);
        assertThat(stateOf(claims.get(1).id())).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void theLastDecisionOfAFactMovesOnToTheNextUnreviewedFact(FxRobot robot) {
        Fact fact = factWithClaims(robot);
        for (int i = 0; i < fact.claimIds().size(); i++) {
            robot.push(KeyCode.A);
        }
        assertThat(fact.claimIds()).allMatch(id -> stateOf(id) == ReviewState.ACCEPTED);
        String now = window.session.selectedFactIdProperty().get();
        assertThat(now).isNotEqualTo(fact.id());
        Fact next = window.session.index().fact(now).orElseThrow();
        assertThat(next.claimIds()).anyMatch(id -> stateOf(id) == ReviewState.AUTO);
    }

    @Test
    void shiftAAcceptsTheWholeFactAndMovesToTheNextUnreviewedFact(FxRobot robot) {
        Fact fact = factWithClaims(robot);
        robot.push(KeyCode.SHIFT, KeyCode.A);
        assertThat(fact.claimIds()).allMatch(id -> stateOf(id) == ReviewState.ACCEPTED);
        assertThat(window.session.selectedFactIdProperty().get()).isNotEqualTo(fact.id());
        assertThat(robot.lookup(".reviewed-count").queryAs(Label.class).getText())
                .isEqualTo("Reviewed 1 of " + window.session.snapshot().facts().size() + " facts");
    }

    @Test
    void nJumpsToTheNextFactWithAnUnreviewedClaim(FxRobot robot) {
        List<FactRow> rows = shownRows();
        robot.interact(() -> window.session.selectFact(rows.get(0).fact().id()));
        robot.interact(() -> window.viewModel.reviewLoop().acceptFact());
        robot.interact(() -> window.session.selectFact(rows.get(0).fact().id()));
        robot.interact(() -> window.view.factTable().table().requestFocus());
        robot.push(KeyCode.N);
        assertThat(window.session.selectedFactIdProperty().get()).isEqualTo(rows.get(1).fact().id());
    }

    @Test
    void acceptingTheFilteredRowsIsOneStepThatOneUndoTakesBack(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Choice<FactStatus>> status = robot.lookup("#statusFilter").queryAs(ComboBox.class);
        robot.interact(() -> status.getItems().stream().filter(c -> c.value() == FactStatus.AGREE).findFirst()
                .ifPresent(c -> status.getSelectionModel().select(c)));
        List<FactRow> shown = shownRows();
        assertThat(shown).isNotEmpty().allMatch(r -> r.fact().status() == FactStatus.AGREE);
        List<String> claims = shown.stream().flatMap(r -> r.claims().stream()).map(Claim::id).toList();
        robot.clickOn("Review").clickOn("Accept all facts shown");
        assertThat(claims).allMatch(id -> stateOf(id) == ReviewState.ACCEPTED);
        assertThat(window.session.snapshot().claims()).filteredOn(c -> !claims.contains(c.id()))
                .allMatch(c -> stateOf(c.id()) == ReviewState.AUTO);
        assertThat(robot.lookup(".reviewed-count").queryAs(Label.class).getText())
                .isEqualTo("Reviewed " + shown.size() + " of " + window.session.snapshot().facts().size() + " facts");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(claims).allMatch(id -> stateOf(id) == ReviewState.AUTO);
    }

    @Test
    void rejectingTheFilteredRowsIsUndoneByOneUndo(FxRobot robot) {
        robot.interact(() -> window.viewModel.facts().searchProperty().set("quake"));
        List<String> claims = shownRows().stream().flatMap(r -> r.claims().stream()).map(Claim::id).toList();
        assertThat(claims).isNotEmpty();
        robot.clickOn("Review").clickOn("Reject all facts shown");
        assertThat(claims).allMatch(id -> stateOf(id) == ReviewState.REJECTED);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(claims).allMatch(id -> stateOf(id) == ReviewState.AUTO);
    }
}
