package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Titles in the sources list of the real window, on a real project of the sample articles. */
@ExtendWith(ApplicationExtension.class)
class TitlesWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private static final String UNTITLED = "002_b8fcfa02192d3b24.txt";

    @TempDir
    static Path dir;
    private QeshmWindow window;

    /** The project is analysed here, not in the window's start, which TestFX gives only seconds. */
    @org.junit.jupiter.api.BeforeAll
    static void analyseOnce() {
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.SAMPLES, dir.resolve("first.db"));
    }

    @Start
    void start(Stage stage) throws Exception {
        window = new QeshmWindow(stage, Files.createTempDirectory(dir, "s"), AnalysedProjects.SAMPLES);
    }

    private String titleOf(String document) {
        return window.session.snapshot().documents().stream().filter(d -> d.name().equals(document))
                .map(DocumentInfo::title).findFirst().orElseThrow();
    }

    @Test
    void anUntitledPageShowsItsOutletAndLeadNeverItsFileName(FxRobot robot) {
        assertThat(robot.lookup(".source-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("NBC News — Secretary of State Mike Pompeo has warned Iraq’s leaders…")
                .noneMatch(t -> t.endsWith(".txt"));
    }

    @Test
    void aDoubleClickOnATitleRenamesTheArticleInTheProject(FxRobot robot) {
        robot.doubleClickOn("NBC News — Secretary of State Mike Pompeo has warned Iraq’s leaders…");
        javafx.scene.control.TextField field = robot.lookup(".title-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText("Pompeo warns Iraq he will close the embassy"));
        robot.clickOn(field).push(KeyCode.ENTER);
        assertThat(titleOf(UNTITLED)).isEqualTo("Pompeo warns Iraq he will close the embassy");
        assertThat(robot.lookup(".source-title").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("Pompeo warns Iraq he will close the embassy");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(titleOf(UNTITLED)).isEqualTo("NBC News — Secretary of State Mike Pompeo has warned Iraq’s leaders…");
    }

    @Test
    void aCopyIsMarkedInTheSourceAgreementMatrix(FxRobot robot) {
        window.view.showSourceAgreement();
        DocumentInfo copy = window.session.snapshot().documents().stream()
                .filter(d -> d.copyOf() != null && !d.copyOf().isBlank()).findFirst().orElseThrow();
        SourceAgreement.Cell cell = robot.lookup("." + SourceAgreementView.CELL).queryAllAs(javafx.scene.control.Label.class)
                .stream().map(l -> (SourceAgreement.Cell) l.getUserData())
                .filter(c -> c.source().equals(copy.name()) && c.other().equals(copy.copyOf())).findFirst().orElseThrow();
        assertThat(cell.copy()).isTrue();
        assertThat(robot.lookup(".matrix-copy").queryAllAs(javafx.scene.control.Label.class))
                .allSatisfy(l -> assertThat(l.getText()).endsWith("⇄ copy")).isNotEmpty();
    }
}
