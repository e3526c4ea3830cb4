package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window (headless Monocle) over the in-memory sample workbench. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; the window is 1400x900.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private InMemoryWorkbench workbench;
    private ProjectSession session;
    private MainWindowView view;
    private Stage stage;
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final java.util.Map<Path, InMemoryWorkbench> projects = new java.util.HashMap<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbench = SampleProject.workbench();
        session = new ProjectSession(new CurrentThreadTaskExecutor(),
                path -> projects.computeIfAbsent(path, SampleProject::workbench));
        MainWindowViewModel viewModel = new MainWindowViewModel(session);
        view = new MainWindowView(viewModel, dialogs);
        stage.setScene(view.createScene());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        session.use(workbench);
    }

    private Claim claim(String id) {
        return session.index().claim(id).orElseThrow();
    }

    private List<String> visibleCellTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(Node::isVisible)
                .map(c -> c.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : c.getText())
                .filter(t -> t != null).toList();
    }

    /** Clicks the table row of {@code factId}, as the researcher would. */
    private void selectRow(FxRobot robot, String factId) {
        Node row = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() instanceof FactRow f && f.fact().id().equals(factId)).findFirst()
                .orElseThrow(() -> new AssertionError("no visible row for " + factId));
        robot.clickOn(row);
    }

    @Test
    void opensWithTheDisagreementFirstAndStatusInWords(FxRobot robot) {
        TableView<FactRow> table = view.factTable().table();
        assertThat(table.getItems()).first().extracting(r -> r.fact().id()).isEqualTo("f-date");
        assertThat(visibleCellTexts(robot)).contains("✔ agree", "• single",
                "by the end of September", "by the end of October");
        // A disagreement says its kind under the status.
        String kind = table.getItems().get(0).disagreementLabel();
        assertThat(kind).isNotEmpty();
        assertThat(visibleCellTexts(robot)).contains("✖ disagree\n" + kind);
        assertThat(stage.getTitle()).isEqualTo("Crosscheck — sample.db");
    }

    @Test
    void reviewsTheDisagreeingFactFromTheWindow(FxRobot robot) {
        selectRow(robot, "f-date");
        assertThat(session.selectedFactIdProperty().get()).isEqualTo("f-date");

        // Its sentence is highlighted in the article view.
        Claim reuters = claim("r-date");
        var area = view.article().textArea();
        assertThat(area.getStyleAtPosition(reuters.sentenceStart() + 3)).contains(ArticleViewModel.SELECTED_SENTENCE);
        assertThat(area.getStyleAtPosition(reuters.start() + 1)).contains(ArticleViewModel.CLAIM_VALUE);
        assertThat(area.getStyleAtPosition(area.getText().indexOf("The drawdown") + 1))
                .doesNotContain(ArticleViewModel.SELECTED_SENTENCE);

        // A accepts the first claim and moves on to the next source's claim; R rejects it.
        robot.push(KeyCode.A);
        assertThat(workbench.snapshot().reviewOf("r-date").state()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(session.selectedClaimIdProperty().get()).isEqualTo("a-date");
        assertThat(view.article().textArea().getText()).isEqualTo(SampleProject.AP_TEXT);
        robot.push(KeyCode.R);
        assertThat(workbench.snapshot().reviewOf("a-date").state()).isEqualTo(ReviewState.REJECTED);
        assertThat(visibleCellTexts(robot)).contains("✔ by the end of September", "✖ by the end of October");

        // Edit a value through the dialog.
        robot.push(KeyCode.RIGHT);
        assertThat(session.selectedClaimIdProperty().get()).isEqualTo("j-date");
        robot.clickOn("#editButton");
        javafx.scene.control.TextField field = robot.lookup(".dialog-pane .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(field.getText()).isEqualTo("by the end of September");
        robot.interact(() -> field.setText("by the end of November"));
        robot.push(KeyCode.ENTER);
        assertThat(workbench.snapshot().reviewOf("j-date").editedValue()).isEqualTo("by the end of November");
        assertThat(visibleCellTexts(robot)).contains("✎ by the end of November");

        // Merge two facts: the dialog offers the other facts, the first is "when McKenzie spoke".
        selectRow(robot, "f-after");
        robot.clickOn("#mergeButton");
        robot.push(KeyCode.ENTER);
        assertThat(workbench.calls()).contains("merge f-after f-said");
        assertThat(session.index().fact("f-after").orElseThrow().claimIds()).contains("r-said");
        assertThat(view.factTable().table().getItems()).hasSize(3);

        // Ctrl+Z undoes the merge, in the project and on screen.
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(workbench.snapshot().facts()).hasSize(4);
        assertThat(view.factTable().table().getItems()).hasSize(4);
        assertThat(workbench.snapshot().reviewOf("j-date").editedValue()).isEqualTo("by the end of November");

        // Ctrl+Shift+Z redoes it; Ctrl+Y is the other redo key.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(workbench.snapshot().facts()).hasSize(3);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(workbench.snapshot().facts()).hasSize(3);
        assertThat(workbench.calls()).containsSubsequence("undo", "redo", "undo", "redo");
    }

    @Test
    void clickingAMarkedSentenceSelectsItsFact(FxRobot robot) {
        var area = view.article().textArea();
        Claim before = claim("r-before");
        robot.interact(() -> area.moveTo(before.start() + 2));
        robot.interact(() -> view.article().textArea().fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        assertThat(session.selectedClaimIdProperty().get()).isEqualTo("r-before");
        assertThat(view.factTable().table().getSelectionModel().getSelectedItem().fact().id()).isEqualTo("f-before");
    }

    @Test
    void nextUnreviewedKeyJumpsToAFactWithUnreviewedClaims(FxRobot robot) {
        selectRow(robot, "f-date");
        robot.push(KeyCode.N);
        assertThat(session.selectedFactIdProperty().get()).isNotEqualTo("f-date");
        Optional<org.crosscheck.project.Fact> fact = session.selectedFactProperty().get();
        assertThat(fact).isPresent();
        assertThat(view.inspector().lookup("#acceptButton").isDisabled()).isFalse();
    }

    @Test
    void ctrlEExportsTheDecisionsToTheChosenFolder(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        selectRow(robot, "f-date");
        robot.push(KeyCode.A);
        dialogs.export = dir;
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertThat(dir.resolve("claims.csv")).content().contains("r-date,accepted").contains("a-date,auto");
        assertThat(session.statusProperty().get()).startsWith("Exported");
    }

    @Test
    void ctrlSSavesAsAndCtrlOOpensAnotherProject(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path original = Files.writeString(dir.resolve("story.db"), "bytes");
        robot.interact(() -> session.use(projects.computeIfAbsent(original, SampleProject::workbench)));
        dialogs.saveAs = dir.resolve("copy.db");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertThat(dir.resolve("copy.db")).exists();
        assertThat(stage.getTitle()).isEqualTo("Crosscheck — copy.db");

        dialogs.project = dir.resolve("other.db");
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertThat(stage.getTitle()).isEqualTo("Crosscheck — other.db");
        assertThat(session.workbench().orElseThrow().projectFile()).isEqualTo(dir.resolve("other.db"));
    }

    @Test
    void singleKeyShortcutsDoNotFireWhileTypingInTheSearchField(FxRobot robot) {
        selectRow(robot, "f-date");
        robot.clickOn(view.factTable().searchField());
        robot.push(KeyCode.A).push(KeyCode.R).push(KeyCode.N);
        assertThat(workbench.calls()).isEmpty();
        assertThat(session.selectedFactIdProperty().get()).isEqualTo("f-date");
    }

    @Test
    void correctingAPublicationDateInTheSourcesListGoesToTheWorkbench(FxRobot robot) {
        var table = view.sources().table();
        javafx.scene.control.TableCell<?, ?> dateCell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableView() == table && "2020-09-10".equals(c.getText())).findFirst().orElseThrow();
        robot.doubleClickOn(dateCell);
        javafx.scene.control.TextField editor = robot.lookup(".table-cell .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> editor.setText("2020-09-27"));
        robot.push(KeyCode.ENTER);
        assertThat(workbench.calls()).contains("published aljazeera.txt 2020-09-27");
        assertThat(session.index().document(SampleProject.ALJAZEERA).orElseThrow().published())
                .isEqualTo(java.time.LocalDate.of(2020, 9, 27));
    }

    @Test
    void arrowKeysMoveThroughFactsFromTheStart(FxRobot robot) {
        robot.interact(() -> view.factTable().table().requestFocus());
        TableView<FactRow> table = view.factTable().table();
        assertThat(session.selectedFactIdProperty().get()).isEqualTo(table.getItems().get(0).fact().id());
        robot.push(KeyCode.DOWN);
        String second = table.getItems().get(1).fact().id();
        assertThat(session.selectedFactIdProperty().get()).isEqualTo(second);
        robot.push(KeyCode.A);
        String accepted = workbench.calls().get(0);
        assertThat(session.index().fact(second).orElseThrow().claimIds()).contains(accepted.substring("accept ".length()));
    }

    @Test
    void doubleClickingAnEntityShowsOnlyItsFacts(FxRobot robot) {
        javafx.scene.Node kadhimi = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getItem() instanceof EntitiesViewModel.EntityRow e
                        && e.name().equals("Mustafa al-Kadhimi")).findFirst().orElseThrow();
        robot.doubleClickOn(kadhimi);
        assertThat(view.factTable().table().getItems()).isEmpty();
        javafx.scene.Node iraq = robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getItem() instanceof EntitiesViewModel.EntityRow e
                        && e.name().equals("Iraq")).findFirst().orElseThrow();
        robot.doubleClickOn(iraq);
        assertThat(view.factTable().table().getItems()).hasSize(4);
        robot.clickOn("Clear filters");
        assertThat(view.factTable().table().getItems()).hasSize(4);
    }

    @Test
    void screenshotOfTheWindow(FxRobot robot) throws Exception {
        selectRow(robot, "f-date");
        robot.push(KeyCode.A);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
        Path out = Path.of("target", "screenshots", "main-window.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        assertThat(out).isNotEmptyFile();
        assertThat(image.getWidth()).isEqualTo(MainWindowView.WIDTH);
    }
}
