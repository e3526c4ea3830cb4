package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The source agreement matrix in the real window, on a real project of the six Qeshm reports. */
@ExtendWith(ApplicationExtension.class)
class SourceAgreementWindowTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private QeshmWindow window;
    private Stage stage;

    /** The project is analysed here, not in the window's start, which TestFX gives only seconds. */
    @org.junit.jupiter.api.BeforeAll
    static void analyseOnce() {
        org.crosscheck.AnalysedProjects.copyOf(org.crosscheck.AnalysedProjects.QESHM, dir.resolve("first.db"));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new QeshmWindow(stage, Files.createTempDirectory(dir, "m"));
        window.view.showSourceAgreement();
    }

    private List<Label> cells(FxRobot robot) {
        return robot.lookup("." + SourceAgreementView.CELL).queryAllAs(Label.class).stream().toList();
    }

    /** The facts with claims from both documents, counted straight from the project. */
    private Set<String> factsOfBoth(String a, String b) {
        return window.session.snapshot().facts().stream().filter(f -> {
            Set<String> docs = window.session.index().claimsOf(f).stream().map(Claim::document)
                    .collect(Collectors.toSet());
            return docs.contains(a) && docs.contains(b);
        }).map(Fact::id).collect(Collectors.toSet());
    }

    @Test
    void everyCellCountsTheFactsBothSourcesReportAndTheirStatuses(FxRobot robot) {
        List<DocumentInfo> docs = window.session.snapshot().documents();
        assertThat(cells(robot)).hasSize(docs.size() * docs.size());
        for (Label label : cells(robot)) {
            SourceAgreement.Cell cell = (SourceAgreement.Cell) label.getUserData();
            Set<String> expected = factsOfBoth(cell.source(), cell.other());
            assertThat(cell.factIds()).isEqualTo(expected);
            assertThat(cell.disagree()).isEqualTo((int) expected.stream().filter(id ->
                    window.session.index().fact(id).orElseThrow().status() == FactStatus.DISAGREE).count());
            if (!expected.isEmpty() && !cell.source().equals(cell.other())) {
                assertThat(label.getText()).startsWith(expected.size() + (expected.size() == 1 ? " fact" : " facts"));
            }
        }
    }

    @Test
    void clickingACellShowsExactlyItsFactsInTheTable(FxRobot robot) {
        Label busiest = cells(robot).stream()
                .filter(l -> !((SourceAgreement.Cell) l.getUserData()).source()
                        .equals(((SourceAgreement.Cell) l.getUserData()).other()))
                .max(java.util.Comparator.comparingInt(l -> ((SourceAgreement.Cell) l.getUserData()).facts()))
                .orElseThrow();
        SourceAgreement.Cell cell = (SourceAgreement.Cell) busiest.getUserData();
        assertThat(cell.facts()).isGreaterThan(1);
        robot.clickOn(busiest);
        assertThat(window.view.centerTabs().getSelectionModel().getSelectedIndex()).isZero();
        List<FactRow> rows = window.view.factTable().table().getItems();
        assertThat(rows).hasSize(cell.facts());
        assertThat(rows.stream().map(r -> r.fact().id()).collect(Collectors.toSet()))
                .isEqualTo(factsOfBoth(cell.source(), cell.other()));
        assertThat(robot.lookup(".count-label").queryAs(Label.class).getText())
                .startsWith(cell.facts() + " of " + window.session.snapshot().facts().size() + " facts");
    }

    @Test
    void aSourcesDisagreementsAreListedBesideTheMatrix(FxRobot robot) {
        DocumentInfo source = window.session.snapshot().documents().stream()
                .filter(d -> !factsOfBoth(d.name(), d.name()).stream().filter(id -> window.session.index().fact(id)
                        .orElseThrow().status() == FactStatus.DISAGREE).toList().isEmpty())
                .findFirst().orElse(window.session.snapshot().documents().get(0));
        robot.clickOn(ClaimInspectorViewModel.sourceName(source.name(), window.session.index()));
        long disagreeing = factsOfBoth(source.name(), source.name()).stream()
                .filter(id -> window.session.index().fact(id).orElseThrow().status() == FactStatus.DISAGREE).count();
        assertThat(window.view.sourceAgreement().disagreementList().getItems()).hasSize((int) disagreeing);
    }

    @Test
    void theMatrixExportsAsCsvWithTheSameCounts(FxRobot robot) throws Exception {
        Path csv = dir.resolve("matrix.csv");
        window.dialogs.files.put("csv", csv);
        robot.clickOn("#matrixCsv");
        List<CSVRecord> rows = CsvFiles.read(csv);
        int n = window.session.snapshot().documents().size();
        assertThat(rows).hasSize(n * n);
        for (CSVRecord row : rows) {
            assertThat(Integer.parseInt(row.get("facts_both")))
                    .isEqualTo(factsOfBoth(row.get("source"), row.get("other_source")).size());
        }
    }

    @Test
    void theMatrixExportsAsPng(FxRobot robot) throws Exception {
        Path png = dir.resolve("matrix.png");
        window.dialogs.files.put("png", png);
        robot.clickOn("#matrixPng");
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(300);
    }

    @Test
    void screenshotOfTheQeshmMatrixGoesIntoDocs(FxRobot robot) throws Exception {
        // More room for the view than the article, as a researcher studying it would drag the divider.
        robot.interact(() -> window.view.centerSplit().setDividerPositions(0.74));
        window.screenshot(stage, Path.of("docs", "source-agreement-qeshm.png"));
        assertThat(Path.of("docs", "source-agreement-qeshm.png")).isNotEmptyFile();
    }
}
