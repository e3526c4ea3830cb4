package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The articles a benchmark runs on: every .txt/.html/.htm under a folder, recursively, sorted,
 * without the corpus's own readme; with a limit, an even spread over the sorted list so that
 * every topic folder is represented.
 */
record BenchCorpus(List<Path> files, Path spare) {

    /**
     * The same articles copied flat into {@code dir}, each named by its path under {@code root}
     * ({@code business/001.txt} becomes {@code business-001.txt}): a project names documents by
     * file name, and the BBC corpus repeats {@code 001.txt} in every topic folder, which would
     * otherwise leave a quarter of the corpus in the project.
     */
    BenchCorpus stagedIn(Path root, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> staged = new ArrayList<>();
            for (Path file : files) {
                staged.add(copy(root, file, dir));
            }
            return new BenchCorpus(List.copyOf(staged), copy(root, spare, dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the corpus to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(Path root, Path file, Path dir) throws IOException {
        Path relative = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
        Path target = dir.resolve(relative.toString().replace(relative.getFileSystem().getSeparator(), "-"));
        if (!Files.exists(target)) {
            Files.copy(file, target);
        }
        return target;
    }

    static BenchCorpus of(Path root, int limit) {
        List<Path> all = collect(root);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no .txt, .html or .htm articles under " + root);
        }
        int n = limit <= 0 ? all.size() - 1 : Math.min(limit, all.size() - 1);
        n = Math.max(1, n);
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / n)));
        }
        // One article outside the chosen set, for the "add one article" measurement.
        Path spare = all.stream().filter(p -> !chosen.contains(p)).findFirst().orElse(chosen.get(0));
        return new BenchCorpus(List.copyOf(chosen), spare);
    }

    private static List<Path> collect(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"))
                                && !name.startsWith("readme");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }
}
