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

    /**
     * A file to write (a picture, a review, a table): {@code kind} names it in the dialog's title
     * ("the timeline as SVG"), {@code extension} is its file name's end without the dot.
     */
    Optional<Path> saveFile(Window owner, String kind, String initialName, String extension);

    /** A file to read (another researcher's review). */
    Optional<Path> openFile(Window owner, String kind, String extension);
}
