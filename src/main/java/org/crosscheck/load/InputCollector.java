package org.crosscheck.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns command-line inputs into the article files to load: a folder stands for every
 * .txt, .html and .htm file directly in it (sorted by name, README files skipped); a plain
 * file stands for itself, as given, so that a missing or odd file is reported by the loader
 * under its own name rather than silently dropped. Each file's manifest entry comes from the
 * manifest given explicitly, else from the {@code manifest.csv} in the file's own folder; a
 * manifest row that matches no file is reported ({@link ManifestRows}), never followed.
 */
public final class InputCollector {
    /**
     * What the inputs stand for.
     *
     * @param articles the files to load, with their manifest entries
     * @param problems folders that could not be listed, entries of a folder that are not article
     *                 files (folders, links leading out of it), manifests that could not be read
     *                 and manifest rows that match no file; the articles are still listed
     */
    public record Inputs(List<ArticleInput> articles, List<LoadException> problems) {
        public Inputs {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private InputCollector() {
    }

    /**
     * Expands the inputs and pairs each file with its manifest entry.
     *
     * @param manifestOverride a manifest that applies to every file, or null to use each folder's own
     */
    public static Inputs collect(List<Path> inputs, Path manifestOverride) {
        List<LoadException> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try {
                files.addAll(Files.isDirectory(input) ? listFolder(input, problems) : List.of(input));
            } catch (LoadException e) {
                problems.add(e);
            }
        }
        Manifest override = manifestOverride == null ? null : readOrReport(manifestOverride, problems);
        Map<Path, Manifest> byFolder = new LinkedHashMap<>();
        List<ArticleInput> articles = new ArrayList<>(files.size());
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            if (!claimName(file, byName, problems)) {
                continue;
            }
            Manifest manifest = override != null ? override : byFolder.computeIfAbsent(folderOf(file),
                    folder -> manifestIn(folder).map(m -> readOrReport(m, problems)).orElse(Manifest.empty()));
            Path name = file.getFileName();
            ManifestEntry entry = name == null ? null : manifest.entryFor(name.toString()).orElse(null);
            articles.add(new ArticleInput(file, entry));
        }
        if (override != null) {
            problems.addAll(ManifestRows.unmatched(override, null, byName.keySet()));
        }
        byFolder.forEach((folder, manifest) -> problems.addAll(
                ManifestRows.unmatched(manifest, folder, articleNamesIn(folder))));
        return new Inputs(articles, problems);
    }

    /**
     * A document is named by its file name, so two different files with one name cannot both
     * be in a project; the same file given twice (a folder and a file in it) counts once.
     */
    private static boolean claimName(Path file, Map<String, Path> byName, List<LoadException> problems) {
        Path name = file.getFileName();
        if (name == null) {
            return true;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path earlier = byName.putIfAbsent(name.toString(), absolute);
        if (earlier == null) {
            return true;
        }
        if (!earlier.equals(absolute)) {
            problems.add(new LoadException(file, absolute + " has the same file name as " + earlier
                    + "; documents are named by their file name, so rename one of them"));
        }
        return false;
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    private static Manifest readOrReport(Path manifest, List<LoadException> problems) {
        try {
            return Manifest.read(manifest);
        } catch (LoadException e) {
            problems.add(e);
            return Manifest.empty();
        }
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
        return listFolder(folder, new ArrayList<>());
    }

    /**
     * The article files directly in a folder, sorted by name. What looks like an article but
     * cannot be one is reported and left out: a folder named like a text file, and a link that
     * leads out of the folder (a page saved from anywhere must not make Crosscheck read, say,
     * a private file elsewhere). A link that leads nowhere or in a loop is kept, for the loader
     * to report under its name.
     */
    private static List<Path> listFolder(Path folder, List<LoadException> problems) throws LoadException {
        List<Path> files = new ArrayList<>();
        for (Path p : articleCandidates(folder)) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new LoadException(p, "this is a folder, not a file; its contents were not read"
                        + " (only the files directly in " + folder + " are)"));
            } else if (Files.isSymbolicLink(p) && leavesFolder(p, folder)) {
                problems.add(new LoadException(p, "this is a link to " + target(p)
                        + ", outside the folder; it was not read"));
            } else if (Files.isDirectory(p)) {
                problems.add(new LoadException(p, "this is a link to a folder, not a file; it was not read"));
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<Path> articleCandidates(Path folder) throws LoadException {
        try (Stream<Path> children = Files.list(folder)) {
            return children
                    .filter(p -> isArticleName(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new LoadException(folder, "the folder could not be listed (" + e.getMessage() + ")", e);
        }
    }

    /** The names of the article files in a folder, as a manifest there may name them. */
    private static Set<String> articleNamesIn(Path folder) {
        try {
            Set<String> names = new HashSet<>();
            for (Path p : articleCandidates(folder)) {
                names.add(p.getFileName().toString());
            }
            return names;
        } catch (LoadException e) {
            return Set.of(); // reported when the folder was listed
        }
    }

    /** Whether a link's target, all links followed, lies outside the folder; a broken or looping link does not. */
    private static boolean leavesFolder(Path link, Path folder) {
        try {
            return !link.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String target(Path link) {
        try {
            return link.toRealPath().toString();
        } catch (IOException e) {
            return "another place";
        }
    }
}
