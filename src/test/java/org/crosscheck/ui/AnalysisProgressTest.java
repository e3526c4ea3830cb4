package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with the real background executor: progress, cancel, responsiveness. */
@ExtendWith(ApplicationExtension.class)
class AnalysisProgressTest {
    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; the window is 1400x900.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private InMemoryWorkbench workbench;
    private ProjectSession session;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        workbench = SampleProject.workbench();
        session = new ProjectSession(new FxTaskExecutor(), path -> workbench);
        viewModel = new MainWindowViewModel(session);
        stage.setScene(new MainWindowView(viewModel).createScene());
        stage.show();
        session.use(workbench);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }

    @Test
    void showsProgressWhileAnalysingAndCancelStopsTheRun(FxRobot robot) throws Exception {
        waitUntil(() -> !session.busyProperty().get() && session.snapshot().facts().size() == 4);
        workbench.takeMillisPerArticle(400);
        List<Path> inputs = List.of(Path.of("a.txt"), Path.of("b.txt"), Path.of("c.txt"), Path.of("d.txt"),
                Path.of("e.txt"), Path.of("f.txt"), Path.of("g.txt"), Path.of("h.txt"));
        robot.interact(() -> viewModel.addArticles(inputs));
        waitUntil(() -> viewModel.analysis().articles().stream().anyMatch(a -> a.finished()));

        // The article in progress has its own row with an indeterminate bar, the finished ones full bars.
        waitUntil(() -> {
            var bars = robot.lookup("#analysisList .progress-bar").queryAllAs(ProgressBar.class).stream()
                    .filter(javafx.scene.Node::isVisible).toList();
            return bars.stream().anyMatch(ProgressBar::isIndeterminate) && bars.stream().anyMatch(b -> b.getProgress() == 1);
        });

        Button cancel = robot.lookup("#cancelButton").queryButton();
        ProgressBar bar = robot.lookup("#analysisProgress").queryAs(ProgressBar.class);
        assertThat(cancel.isVisible()).isTrue();
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getProgress()).isGreaterThan(0).isLessThan(1);

        // The window answers while the worker analyses: selecting a fact is immediate.
        robot.interact(() -> session.selectFact("f-before"));
        assertThat(session.selectedClaimIdProperty().get()).isEqualTo("r-before");

        robot.clickOn(cancel);
        waitUntil(() -> !viewModel.analysis().runningProperty().get());
        assertThat(session.statusProperty().get()).startsWith("Analysis cancelled");
        assertThat(viewModel.analysis().articles().size()).isLessThan(inputs.size());
        assertThat(viewModel.analysis().articles()).allMatch(AnalysisViewModel.ArticleOutcome::finished);
        assertThat(cancel.isVisible()).isFalse();
    }

    @Test
    void backgroundResultsArriveOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> onFxThread = new CompletableFuture<>();
        CompletableFuture<Boolean> workedOffFxThread = new CompletableFuture<>();
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.submit(() -> {
            workedOffFxThread.complete(!Platform.isFxApplicationThread());
            return 42;
        }, result -> onFxThread.complete(Platform.isFxApplicationThread() && result == 42),
                onFxThread::completeExceptionally);
        assertThat(workedOffFxThread.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread.get(5, TimeUnit.SECONDS)).isTrue();
        executor.shutdown();
    }
}
