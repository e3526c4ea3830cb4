package org.crosscheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import org.crosscheck.service.ProjectWorkbench;
import org.crosscheck.service.Workbench;

/**
 * Starts the workbench from the CLI's {@code gui} command. Not an Application subclass, so a
 * plain classpath jar can call it (the Java launcher refuses a main class that extends
 * Application when JavaFX is not on the module path).
 */
public final class GuiLauncher {
    private static final String LAST_PROJECT = "lastProject";
    private static final String DEFAULT_PROJECT = "crosscheck.db";
    /**
     * JavaFX warns on every start that it runs from the classpath ("unsupported configuration");
     * that is how the jar is meant to run, so the researcher need not see it. Held in a field
     * because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private GuiLauncher() {
    }

    /** What the window opens: the project file and the inputs to analyse into it. */
    record Request(List<Path> inputs, Path projectFile, WorkbenchOpener opener) {
    }

    /**
     * Opens the window on the project file (see {@link #chooseProject}) and analyses
     * {@code inputs} into it; unchanged articles are reused, not analysed again. Blocks until the
     * window is closed.
     *
     * @throws IllegalStateException when there is no screen to open a window on
     */
    public static void launch(List<Path> inputs, Path projectFileOrNull) {
        launch(inputs, projectFileOrNull, defaultOpener());
    }

    public static void launch(List<Path> inputs, Path projectFileOrNull, WorkbenchOpener opener) {
        CrosscheckApp.request = new Request(List.copyOf(inputs), chooseProject(inputs, projectFileOrNull), opener);
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            Application.launch(CrosscheckApp.class);
        } catch (UnsupportedOperationException noScreen) {
            // JavaFX says "Unable to open DISPLAY" with a stack trace; say what to do instead.
            throw new IllegalStateException("Cannot open the Crosscheck window: no screen is available ("
                    + noScreen.getMessage() + "). Run it on a desktop, under Xvfb, or use the analyze and export"
                    + " commands instead.", noScreen);
        }
    }

    /**
     * The project file: the one given; else {@code crosscheck.db} beside the first input (in it,
     * when it is a folder); else the last project opened; else {@code crosscheck.db} here.
     */
    static Path chooseProject(List<Path> inputs, Path projectFileOrNull) {
        if (projectFileOrNull != null) {
            return projectFileOrNull.toAbsolutePath();
        }
        if (!inputs.isEmpty()) {
            Path first = inputs.get(0).toAbsolutePath();
            Path folder = Files.isDirectory(first) ? first : first.getParent();
            return folder.resolve(DEFAULT_PROJECT);
        }
        String last = Preferences.userNodeForPackage(GuiLauncher.class).get(LAST_PROJECT, null);
        if (last != null && Files.isRegularFile(Path.of(last))) {
            return Path.of(last);
        }
        return Path.of(DEFAULT_PROJECT).toAbsolutePath();
    }

    static void rememberProject(Path projectFile) {
        if (projectFile != null) {
            Preferences.userNodeForPackage(GuiLauncher.class).put(LAST_PROJECT, projectFile.toAbsolutePath().toString());
        }
    }

    static WorkbenchOpener defaultOpener() {
        return ProjectWorkbench::new;
    }
}
