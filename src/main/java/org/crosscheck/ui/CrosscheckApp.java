package org.crosscheck.ui;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the window at once, then opens the project and analyses the
 * inputs in the background (see {@link GuiLauncher}).
 */
public final class CrosscheckApp extends Application {
    /** Set by {@link GuiLauncher} before launching; JavaFX creates this class itself. */
    static volatile GuiLauncher.Request request;

    private FxTaskExecutor executor;
    private FxTaskExecutor analysisExecutor;
    private ProjectSession session;
    private MainWindowViewModel viewModel;

    @Override
    public void start(Stage stage) {
        GuiLauncher.Request launch = request != null ? request
                : new GuiLauncher.Request(List.of(), GuiLauncher.chooseProject(List.of(), null),
                        GuiLauncher.defaultOpener());
        executor = new FxTaskExecutor("crosscheck-worker");
        analysisExecutor = new FxTaskExecutor("crosscheck-analysis");
        session = new ProjectSession(executor, analysisExecutor, launch.opener());
        viewModel = new MainWindowViewModel(session);
        MainWindowView view = new MainWindowView(viewModel);
        stage.setScene(view.createScene());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        // Keys (arrows, A, R, N) act on the table from the first moment.
        view.factTable().table().requestFocus();

        // Next time, "gui" without arguments reopens whatever project was open last.
        session.projectNameProperty().addListener((obs, old, name) ->
                session.workbench().ifPresent(wb -> GuiLauncher.rememberProject(wb.projectFile())));
        session.open(launch.projectFile(), () -> viewModel.addArticles(launch.inputs()));
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.analysis().cancel();
            analysisExecutor.shutdown();
            session.close();
            executor.shutdown();
        }
    }
}
