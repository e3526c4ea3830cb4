package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The file and folder pickers the window asks. An interface so tests (and the end-to-end test
 * with the real workbench) can answer without a native dialog.
 */
public interface FileDialogs {

    Optional<Path> openProject(Window owner);

    Optional<Path> saveProjectAs(Window owner);

    List<Path> articles(Window owner);

    Optional<Path> articleFolder(Window owner);

    Optional<Path> exportFolder(Window owner);
}
