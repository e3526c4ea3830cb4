package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** TEST FIXTURE: file pickers that answer what the test set, and remember that they were asked. */
final class ScriptedFileDialogs implements FileDialogs {
    Path project;
    Path saveAs;
    List<Path> articles = List.of();
    Path folder;
    Path export;
    /** Answers to saveFile and openFile, by file name extension ("png", "svg", "csv"). */
    final java.util.Map<String, Path> files = new java.util.HashMap<>();
    int asked;

    @Override
    public Optional<Path> openProject(Window owner) {
        asked++;
        return Optional.ofNullable(project);
    }

    @Override
    public Optional<Path> saveProjectAs(Window owner) {
        asked++;
        return Optional.ofNullable(saveAs);
    }

    @Override
    public List<Path> articles(Window owner) {
        asked++;
        return articles;
    }

    @Override
    public Optional<Path> articleFolder(Window owner) {
        asked++;
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> exportFolder(Window owner) {
        asked++;
        return Optional.ofNullable(export);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String kind, String initialName, String extension) {
        asked++;
        return Optional.ofNullable(files.get(extension));
    }

    @Override
    public Optional<Path> openFile(Window owner, String kind, String extension) {
        asked++;
        return Optional.ofNullable(files.get("open-" + extension));
    }
}
