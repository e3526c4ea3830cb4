package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewState;
import org.crosscheck.service.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the real workbench and the sample articles (real CoreNLP, a real project file):
 * open, review, export, close, reopen. Skipped where the core's ProjectWorkbench is not built.
 */
@ExtendWith(ApplicationExtension.class)
class RealWorkbenchWindowTest {
    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; the window is 1400x900.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    Path dir;
    private Stage stage;
    private ProjectSession session;
    private MainWindowViewModel viewModel;
    private MainWindowView view;
    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(30, TimeUnit.SECONDS));
    }

    private ReviewState stateOf(String claimId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.index().review(claimId).state()).get(30, TimeUnit.SECONDS);
    }

    private void saveScreenshot(Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(30, TimeUnit.SECONDS);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    @Test
    void reviewsTheSamplesExportsAndFindsEveryDecisionAfterReopening(FxRobot robot) throws Exception {
        Path project = dir.resolve("samples.db");
        robot.interact(() -> {
            session = new ProjectSession(new FxTaskExecutor(), new FxTaskExecutor("analysis"),
                    GuiLauncher.defaultOpener());
            viewModel = new MainWindowViewModel(session);
            view = new MainWindowView(viewModel, dialogs);
            stage.setScene(view.createScene());
            stage.show();
            session.open(project, () -> viewModel.addArticles(List.of(Path.of("samples"))));
        });
        waitUntil(900, () -> session.statusProperty().get().startsWith("Analysis finished"));
        assertThat(session.snapshot().documents()).hasSizeGreaterThanOrEqualTo(5);

        // The first row is a disagreement; its claim's sentence is highlighted in the article.
        FactRow first = WaitForAsyncUtils.asyncFx(() -> view.factTable().table().getItems().get(0)).get();
        assertThat(first.fact().status()).isEqualTo(FactStatus.DISAGREE);
        robot.interact(() -> viewModel.facts().select(first));
        robot.interact(() -> view.factTable().table().requestFocus());
        Claim shown = session.selectedClaimProperty().get().orElseThrow();
        waitUntil(30, () -> view.article().textArea().getLength() > shown.sentenceStart()
                && view.article().textArea().getStyleAtPosition(shown.sentenceStart() + 1)
                        .contains(ArticleViewModel.SELECTED_SENTENCE));

        saveScreenshot(Path.of("target", "screenshots", "samples-loaded.png"));

        // Accept one claim, reject another (keys), edit a value, merge two facts.
        List<Claim> claims = session.index().claimsOf(first.fact());
        assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
        robot.push(javafx.scene.input.KeyCode.A);
        waitUntil(60, () -> session.index().review(claims.get(0).id()).state() == ReviewState.ACCEPTED);
        robot.interact(() -> session.selectClaim(claims.get(1).id()));
        robot.push(javafx.scene.input.KeyCode.R);
        waitUntil(60, () -> session.index().review(claims.get(1).id()).state() == ReviewState.REJECTED);

        Fact other = session.snapshot().facts().stream()
                .filter(f -> !f.id().equals(session.selectedFactIdProperty().get()))
                .filter(f -> !f.claimIds().isEmpty()).findFirst().orElseThrow();
        String edited = other.claimIds().get(0);
        robot.interact(() -> session.selectClaim(edited));
        robot.interact(() -> viewModel.inspector().editValue("about 4,000"));
        waitUntil(60, () -> "about 4,000".equals(session.index().review(edited).editedValue()));

        robot.interact(() -> session.selectClaim(claims.get(0).id()));
        Fact otherNow = session.index().factOfClaim(edited).orElseThrow();
        robot.interact(() -> viewModel.inspector().mergeWith(otherNow));
        waitUntil(60, () -> session.index().factOfClaim(edited).map(Fact::id)
                .equals(session.index().factOfClaim(claims.get(0).id()).map(Fact::id)));

        // Entities: merge two people (two selected rows, the Merge button), split an alias off another.
        List<EntitiesViewModel.EntityRow> people = WaitForAsyncUtils.asyncFx(() -> view.entities().table().getItems()
                .stream().filter(r -> r.entity().type() == MentionType.PERSON).limit(2).toList()).get();
        String keptEntity = people.get(0).entity().id();
        String mergedEntity = people.get(1).entity().id();
        List<String> mergedAliases = people.get(1).entity().aliases();
        robot.interact(() -> {
            TableView<EntitiesViewModel.EntityRow> table = view.entities().table();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(people.get(0));
            table.getSelectionModel().select(people.get(1));
        });
        robot.clickOn("#mergeEntitiesButton");
        waitUntil(120, () -> session.snapshot().entities().stream().noneMatch(e -> e.id().equals(mergedEntity)));
        assertThat(session.snapshot().claims()).noneMatch(c -> c.entityIds().contains(mergedEntity));
        waitUntil(30, () -> view.entities().table().getItems().stream().anyMatch(
                r -> r.entity().id().equals(keptEntity) && r.entity().aliases().containsAll(mergedAliases)));

        EntitiesViewModel.EntityRow toSplit = WaitForAsyncUtils.asyncFx(() -> view.entities().table().getItems()
                .stream().filter(r -> !r.entity().id().equals(keptEntity) && r.entity().aliases().size() >= 2)
                .findFirst().orElseThrow()).get();
        String splitAlias = toSplit.entity().aliases().stream().filter(a -> !a.equals(toSplit.name()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            view.entities().table().getSelectionModel().clearSelection();
            view.entities().table().getSelectionModel().select(toSplit);
        });
        robot.clickOn("#splitEntityButton");
        ComboBox<?> aliasChoice = robot.lookup(".dialog-pane .combo-box").queryAs(ComboBox.class);
        assertThat(aliasChoice.getValue()).isEqualTo(splitAlias);
        robot.push(javafx.scene.input.KeyCode.ENTER);
        waitUntil(120, () -> session.snapshot().entities().stream().anyMatch(
                e -> e.name().equals(toSplit.name()) && !e.aliases().contains(splitAlias)));
        waitUntil(30, () -> view.entities().table().getItems().stream().anyMatch(
                r -> r.entity().aliases().contains(splitAlias) && !r.name().equals(toSplit.name())));

        // Export by the shortcut to a chosen folder.
        Path out = Files.createDirectories(dir.resolve("out"));
        dialogs.export = out;
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E);
        waitUntil(120, () -> session.statusProperty().get().startsWith("Exported"));
        String claimsCsv = Files.readString(out.resolve("claims.csv"));
        assertThat(claimsCsv).contains("accepted").contains("rejected").contains("edited");

        // Close, reopen the project file: every decision is still there.
        robot.interact(session::close);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        try (Workbench reopened = GuiLauncher.defaultOpener().open(project)) {
            ProjectSnapshot again = reopened.snapshot();
            assertThat(again.reviewOf(claims.get(0).id()).state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(again.reviewOf(claims.get(1).id()).state()).isEqualTo(ReviewState.REJECTED);
            assertThat(again.reviewOf(edited).editedValue()).isEqualTo("about 4,000");
            assertThat(again.entities()).extracting(Entity::id).contains(keptEntity).doesNotContain(mergedEntity);
            assertThat(again.entities()).filteredOn(e -> e.name().equals(toSplit.name())).singleElement()
                    .satisfies(e -> assertThat(e.aliases()).doesNotContain(splitAlias));
            String factOfAccepted = again.facts().stream().filter(f -> f.claimIds().contains(claims.get(0).id()))
                    .findFirst().orElseThrow().id();
            assertThat(again.facts().stream().filter(f -> f.claimIds().contains(edited)).findFirst().orElseThrow().id())
                    .isEqualTo(factOfAccepted);
        }
    }
}
