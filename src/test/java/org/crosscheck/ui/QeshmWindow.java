package org.crosscheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.service.ProjectWorkbench;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TEST FIXTURE: the real window on a real project file of the six Qeshm earthquake reports
 * (analysed once per run by the real workbench, copied per test), the workbench called on the FX
 * thread so each action has finished when the robot's next step comes.
 */
final class QeshmWindow {
    final ProjectSession session;
    final MainWindowViewModel viewModel;
    final MainWindowView view;
    final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    final Path projectFile;

    QeshmWindow(Stage stage, Path dir) {
        this(stage, dir, AnalysedProjects.QESHM);
    }

    /** The same on another folder of articles (the samples). */
    QeshmWindow(Stage stage, Path dir, Path articles) {
        projectFile = AnalysedProjects.copyOf(articles, dir.resolve(articles.getFileName() + ".db"));
        session = new ProjectSession(new CurrentThreadTaskExecutor(), ProjectWorkbench::new);
        viewModel = new MainWindowViewModel(session);
        view = new MainWindowView(viewModel, dialogs);
        stage.setScene(view.createScene());
        stage.setWidth(MainWindowView.WIDTH);
        stage.setHeight(MainWindowView.HEIGHT);
        stage.show();
        session.open(projectFile);
    }

    /** A picture of the whole window, for docs/ or target/screenshots/. */
    void screenshot(Stage stage, Path file) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(30, TimeUnit.SECONDS);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
