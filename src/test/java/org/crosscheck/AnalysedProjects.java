package org.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;

/**
 * TEST FIXTURE: real project files, analysed by the real workbench (CoreNLP, alignment, SQLite)
 * once per test run and folder, then copied for each test so each gets a fresh project.
 */
public final class AnalysedProjects {
    /** The Qeshm earthquake story of the development corpus: six reports, dated claims, a disagreement. */
    public static final Path QESHM = Path.of("..", "shared", "corpus", "iran-qeshm-earthquake-2005");
    public static final Path SAMPLES = Path.of("samples");

    private static final Map<Path, Path> TEMPLATES = new ConcurrentHashMap<>();

    private AnalysedProjects() {
    }

    /** A fresh copy of the project of {@code folder}'s articles, at {@code target}. */
    public static Path copyOf(Path folder, Path target) {
        Path template = TEMPLATES.computeIfAbsent(folder.toAbsolutePath().normalize(), AnalysedProjects::analyse);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return Files.copy(template, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path analyse(Path folder) {
        try {
            Path dir = Files.createTempDirectory("crosscheck-template-");
            Path project = dir.resolve(folder.getFileName() + ".db");
            try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
                AnalysisReport report = wb.analyze(List.of(folder), null, ProgressListener.NONE, new CancellationToken());
                if (!report.allSucceeded()) {
                    throw new IllegalStateException("could not analyse " + folder + ": " + report.failures());
                }
            }
            // Deleted in the reverse order of these calls: the lock file, the project, the folder.
            dir.toFile().deleteOnExit();
            project.toFile().deleteOnExit();
            Path.of(project + ".lock").toFile().deleteOnExit();
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
