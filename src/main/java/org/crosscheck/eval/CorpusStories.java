package org.crosscheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stories of a development set: every sub-folder of the root that holds a {@code gold.json},
 * by name, narrowed by {@code --only} and {@code --exclude}. A name that is no such story is an
 * error rather than an empty or silently full selection.
 */
public final class CorpusStories {

    private CorpusStories() {
    }

    /**
     * @param only    story folder names to keep (empty: all)
     * @param exclude story folder names to leave out
     * @throws IllegalArgumentException when the root is no folder, a name is no story, or none is left
     */
    public static List<Path> select(Path root, Collection<String> only, Collection<String> exclude) {
        List<Path> all = list(root);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no story folder with a gold.json in " + root);
        }
        List<String> names = all.stream().map(p -> p.getFileName().toString()).toList();
        List<String> unknown = new ArrayList<>();
        Stream.concat(only.stream(), exclude.stream()).filter(n -> !names.contains(n)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no story '" + String.join("', '", unknown) + "' with a gold.json in "
                    + root + " (there are: " + String.join(", ", names) + ")");
        }
        List<Path> chosen = all.stream()
                .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString()))
                .filter(p -> !exclude.contains(p.getFileName().toString()))
                .toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no story left to score in " + root);
        }
        return chosen;
    }

    private static List<Path> list(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException(root + ": not a folder of stories");
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot list the stories", e);
        }
    }
}
