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
