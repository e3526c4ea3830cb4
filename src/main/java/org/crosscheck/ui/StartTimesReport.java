package org.crosscheck.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the benchmark ({@code -Dcrosscheck.startTimes=true}): prints when the window's first frame
 * was laid out (with the CPU time spent by then) and when the fact table of the project showed its
 * rows, in milliseconds after the process started, then quits. The lines are read by the bench's StartTimes.
 */
final class StartTimesReport {
    private StartTimesReport() {
    }

    static void watch(Stage stage, MainWindowView view, ProjectSession session, java.nio.file.Path projectFile) {
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(firstFrame[0]));
            System.out.println("crosscheck-start window ms " + sinceStart() + " " + cpuMillis());
        };
        stage.getScene().addPostLayoutPulseListener(firstFrame[0]);
        session.open(projectFile, () -> {
            // The rows are there; the next pulse draws them.
            Runnable[] tableShown = new Runnable[1];
            tableShown[0] = () -> {
                Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(tableShown[0]));
                System.out.println("crosscheck-start table ms " + sinceStart() + " "
                        + view.factTable().table().getItems().size());
                System.out.flush();
                Platform.runLater(Platform::exit);
            };
            Platform.runLater(() -> stage.getScene().addPostLayoutPulseListener(tableShown[0]));
        });
    }

    /** The process's CPU time so far: on a busy machine the wall time says more about the neighbours. */
    private static long cpuMillis() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
