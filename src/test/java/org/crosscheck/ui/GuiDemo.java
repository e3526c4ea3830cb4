package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;

/**
 * TEST FIXTURE, run by hand under Xvfb: starts the real launcher (Application.launch from a
 * plain classpath, background executor) on the sample workbench, analyses two made-up inputs
 * slowly so the progress shows, and quits after {@code args[0]} seconds (default 10).
 */
public final class GuiDemo {
    private static boolean shown;

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 10;
        Thread quit = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            Platform.exit();
        });
        quit.setDaemon(true);
        quit.start();
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                    Platform.runLater(() -> {
                        if (!javafx.stage.Window.getWindows().isEmpty() && !shown) {
                            shown = true;
                            System.err.println("window shown " + java.lang.management.ManagementFactory
                                    .getRuntimeMXBean().getUptime() + " ms after the JVM started");
                        }
                    });
                } catch (IllegalStateException notStartedYet) {
                    // the toolkit is not up yet
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watch.setDaemon(true);
        watch.start();
        InMemoryWorkbench workbench = Boolean.getBoolean("demo.firstFactOutsideFirstArticle")
                ? SampleProject.workbenchWithFirstFactOutsideTheFirstArticle() : SampleProject.workbench();
        workbench.takeMillisPerArticle(Long.getLong("demo.millisPerArticle", 1500));
        GuiLauncher.launch(List.of(Path.of("one.txt"), Path.of("two.txt"), Path.of("three.txt"), Path.of("four.txt")),
                Path.of("sample.db"), file -> workbench);
        System.err.println("workbench calls: " + workbench.calls());
    }
}
