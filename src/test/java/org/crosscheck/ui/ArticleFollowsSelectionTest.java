package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The article shown is always the one of the selected claim, from the first moment. */
@ExtendWith(ApplicationExtension.class)
class ArticleFollowsSelectionTest {
    static {
        // Monocle's headless screen is 1280x800 unless told otherwise; the window is 1400x900.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    private ProjectSession session;
    private MainWindowView view;
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        InMemoryWorkbench workbench = SampleProject.workbenchWithFirstFactOutsideTheFirstArticle();
        session = new ProjectSession(new FxTaskExecutor(), path -> workbench);
        viewModel = new MainWindowViewModel(session);
        view = new MainWindowView(viewModel, new ScriptedFileDialogs());
        stage.setScene(view.createScene());
        stage.show();
        // As the launcher does: open, then analyse the inputs (which re-reads the project).
        session.use(workbench);
        viewModel.addArticles(java.util.List.of(java.nio.file.Path.of("one.txt")));
    }

    @Test
    void opensOnTheArticleOfTheFirstSelectedClaim(FxRobot robot) throws Exception {
        // The real executor: the snapshot and the text arrive later, in that order.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.article().textArea().getText().isEmpty()
                && session.selectedClaimIdProperty().get() != null
                && session.statusProperty().get().startsWith("Analysis finished"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.selectedClaimIdProperty().get()).isEqualTo("r-date");
        assertThat(view.article().textArea().getText()).isEqualTo(ArticleStyles.displayText(SampleProject.REUTERS_TEXT));
        Integer start = session.index().claim("r-date").orElseThrow().sentenceStart();
        assertThat(view.article().textArea().getStyleAtPosition(start + 2))
                .contains(ArticleViewModel.SELECTED_SENTENCE);
    }
}
