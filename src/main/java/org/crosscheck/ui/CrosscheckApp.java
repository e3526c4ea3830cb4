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
        fitToScreen(stage);
        stage.show();
        reportFirstFrame(stage);
        // Keys (arrows, A, R, N) act on the table from the first moment.
        view.factTable().table().requestFocus();

        if (Boolean.getBoolean(START_TIMES)) {
            StartTimesReport.watch(stage, view, session, launch.projectFile());
            return;
        }
        // Next time, "gui" without arguments reopens whatever project was open last.
        session.projectNameProperty().addListener((obs, old, name) ->
                session.workbench().ifPresent(wb -> GuiLauncher.rememberProject(wb.projectFile())));
        session.open(launch.projectFile(), () -> viewModel.addArticles(launch.inputs()));
    }

    /** The benchmark's switch: report the start's times on stdout and quit (see {@link StartTimesReport}). */
    static final String START_TIMES = "crosscheck.startTimes";

    /**
     * Researchers work in this window for hours with a table one column per source: it takes the
     * whole screen (less the task bar), and never more than the screen has.
     */
    private static void fitToScreen(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
    }

    /**
     * With {@code -Dcrosscheck.debug=true}, says on stderr how long after the JVM started the
     * window's first frame was laid out (the promise is about two seconds).
     */
    private static void reportFirstFrame(Stage stage) {
        if (!Boolean.getBoolean("crosscheck.debug")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // Not removed while the scene runs its listeners, which would upset its iteration.
            javafx.application.Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(once[0]));
            long millis = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            // CPU time too: on a busy machine the wall time says more about the neighbours.
            long cpuMillis = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
            System.err.printf("Crosscheck: first frame %d ms after the JVM started (%d ms of CPU)%n",
                    millis, cpuMillis);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
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
