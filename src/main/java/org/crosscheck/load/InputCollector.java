package org.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns command-line inputs into the article files to load: a folder stands for every
 * .txt, .html and .htm file directly in it (sorted by name, README files skipped); a plain
 * file stands for itself, as given, so that a missing or odd file is reported by the loader
 * under its own name rather than silently dropped.
 */
public final class InputCollector {
    private InputCollector() {
    }

    /** The article files the inputs stand for, folders expanded, in input order. */
    public static List<Path> articleFiles(List<Path> inputs) throws LoadException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(articlesIn(input));
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** The folder's {@code manifest.csv}, if it has one. */
    public static Optional<Path> manifestIn(Path folder) {
        Path manifest = folder.resolve(Manifest.FILE_NAME);
        return Files.isRegularFile(manifest) ? Optional.of(manifest) : Optional.empty();
    }

    /** Whether a file name is one the loader reads as an article. */
    public static boolean isArticleName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("readme.") || lower.startsWith(".")) {
            return false; // a folder's description or a hidden file, not an article
        }
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static List<Path> articlesIn(Path folder) throws LoadException {
        try (Stream<Path> children = Files.list(folder)) {
            return children
                    .filter(p -> isArticleName(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new LoadException(folder, "the folder could not be listed (" + e.getMessage() + ")", e);
        }
    }
}
