package org.crosscheck.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native JavaFX file and folder choosers. */
public final class FxFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> openProject(Window owner) {
        return path(projectChooser("Open a Crosscheck project").showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveProjectAs(Window owner) {
        FileChooser chooser = projectChooser("Save the project as");
        chooser.setInitialFileName("crosscheck.db");
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public List<Path> articles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add articles");
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.html, *.htm)", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> articleFolder(Window owner) {
        return folder("Add a folder of articles", owner);
    }

    @Override
    public Optional<Path> exportFolder(Window owner) {
        return folder("Export the CSV files to", owner);
    }

    private static Optional<Path> folder(String title, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return path(chooser.showDialog(owner));
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter("Crosscheck projects (*.db)", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String kind, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + kind);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> openFile(Window owner, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open " + kind);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension), new FileChooser.ExtensionFilter("All files", "*"));
        return path(chooser.showOpenDialog(owner));
    }
}
