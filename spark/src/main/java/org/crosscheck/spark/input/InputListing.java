package org.crosscheck.spark.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.crosscheck.load.ArticleInput;
import org.crosscheck.load.InputCollector;
import org.crosscheck.load.LoadException;
import org.crosscheck.load.Manifest;
import org.crosscheck.load.ManifestEntry;

/**
 * Expands the job's inputs on the driver: folders (with their sub-folders, each with its own
 * {@code manifest.csv}), article files and JSON Lines files ({@code .jsonl}, {@code .ndjson}), on
 * the local disk or on any Hadoop file system ({@code hdfs://}, {@code s3a://}, ...). Only names
 * and manifest rows are held; the articles are read on the executors. A document is named by its
 * path below the input folder it was found in ({@code story/01.txt}), so stories of many folders
 * keep their names apart; a file given alone is named by its file name.
 */
public final class InputListing {

    /**
     * What the inputs hold.
     *
     * @param files     the article files
     * @param jsonLines the JSON Lines files, each read line by line on the executors
     * @param problems  inputs that cannot be read, with the reason
     */
    public record Listing(List<ArticleSource> files, List<JsonLinesFile> jsonLines, List<Failure> problems) {
    }

    /** A JSON Lines file: its name in the output and where it is read from. */
    public record JsonLinesFile(String name, String location) {
    }

    private final List<ArticleSource> files = new ArrayList<>();
    private final List<JsonLinesFile> jsonLines = new ArrayList<>();
    private final List<Failure> problems = new ArrayList<>();
    private final Map<String, String> locationByName = new HashMap<>();

    private InputListing() {
    }

    public static Listing of(List<String> inputs, Configuration hadoop) {
        InputListing listing = new InputListing();
        for (String input : inputs) {
            URI uri = hadoopUri(input);
            if (uri == null) {
                listing.local(localPath(input));
            } else {
                listing.hadoop(uri, hadoop);
            }
        }
        return new Listing(List.copyOf(listing.files), List.copyOf(listing.jsonLines), List.copyOf(listing.problems));
    }

    /** Whether a name is that of a JSON Lines file. */
    public static boolean isJsonLines(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /** A local path, or a {@code file:} URI, as a path of the local disk. */
    static Path localPath(String input) {
        if (input.startsWith("file:")) {
            try {
                return Path.of(new URI(input));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Path.of(input.substring("file:".length()));
            }
        }
        return Path.of(input);
    }

    /** The input as a URI when it names a file system other than the local disk, else null. */
    static URI hadoopUri(String input) {
        try {
            URI uri = new URI(input);
            String scheme = uri.getScheme();
            return scheme == null || scheme.length() == 1 || "file".equals(scheme) ? null : uri; // "C:" is a drive
        } catch (URISyntaxException e) {
            return null; // a local path with spaces or brackets
        }
    }

    private void local(Path input) {
        if (!Files.exists(input)) {
            problems.add(new Failure(input.toString(), "there is no such file or folder"));
            return;
        }
        if (!Files.isDirectory(input)) {
            String name = String.valueOf(input.getFileName());
            if (isJsonLines(name)) {
                addJsonLines(name, input.toUri().toString());
            } else {
                collect(input, name, input.toAbsolutePath().getParent());
            }
            return;
        }
        try (Stream<Path> folders = Files.walk(input)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                localFolder(input, folder);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Failure(input.toString(), "the folder could not be listed (" + e.getMessage() + ")"));
        }
    }

    /** The folder's articles, through the desktop's collector (its checks and messages), named below the input. */
    private void localFolder(Path root, Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path p : entries) {
            if (isJsonLines(p.getFileName().toString()) && Files.isRegularFile(p)) {
                addJsonLines(relative(root, p), p.toUri().toString());
            }
        }
        if (entries.stream().noneMatch(p -> InputCollector.isArticleName(p.getFileName().toString()))) {
            return;
        }
        InputCollector.Inputs inputs = InputCollector.collect(List.of(folder), null);
        inputs.problems().forEach(e -> problems.add(new Failure(e.file().toString(), e.problem())));
        for (ArticleInput a : inputs.articles()) {
            add(ArticleSource.file(relative(root, a.file()), a.file().toString(), ArticleSource.Kind.LOCAL_FILE,
                    a.entry()));
        }
    }

    private void collect(Path file, String name, Path folder) {
        InputCollector.Inputs inputs = InputCollector.collect(List.of(file),
                folder == null ? null : InputCollector.manifestIn(folder).orElse(null));
        inputs.problems().stream().filter(e -> e.file().equals(file))
                .forEach(e -> problems.add(new Failure(e.file().toString(), e.problem())));
        inputs.articles().forEach(a -> add(ArticleSource.file(name, a.file().toString(),
                ArticleSource.Kind.LOCAL_FILE, a.entry())));
    }

    private void hadoop(URI uri, Configuration conf) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
        try {
            FileSystem fs = FileSystem.get(uri, conf);
            if (!fs.exists(root)) {
                problems.add(new Failure(uri.toString(), "there is no such file or folder"));
                return;
            }
            if (fs.getFileStatus(root).isFile()) {
                hadoopFile(fs, root.getParent(), root, root.getName());
                return;
            }
            List<org.apache.hadoop.fs.Path> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus status = it.next();
                if (status.isFile()) {
                    found.add(status.getPath());
                }
            }
            found.sort(null);
            String prefix = fs.getFileStatus(root).getPath().toUri().getPath();
            for (org.apache.hadoop.fs.Path p : found) {
                String name = p.toUri().getPath().substring(prefix.length()).replaceFirst("^/", "");
                hadoopFile(fs, p.getParent(), p, name);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Failure(uri.toString(), "could not be listed (" + e.getMessage() + ")"));
        }
    }

    private final Map<org.apache.hadoop.fs.Path, Manifest> manifests = new HashMap<>();

    private void hadoopFile(FileSystem fs, org.apache.hadoop.fs.Path folder, org.apache.hadoop.fs.Path file,
                            String name) {
        String fileName = file.getName();
        if (isJsonLines(fileName)) {
            addJsonLines(name, file.toString());
        } else if (InputCollector.isArticleName(fileName)) {
            ManifestEntry entry = manifests.computeIfAbsent(folder, f -> manifest(fs, f)).entryFor(fileName)
                    .orElse(null);
            add(ArticleSource.file(name, file.toString(), ArticleSource.Kind.HADOOP_FILE, entry));
        }
    }

    /** A folder's manifest on another file system, read with the desktop's reader from a local copy. */
    private Manifest manifest(FileSystem fs, org.apache.hadoop.fs.Path folder) {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(folder, Manifest.FILE_NAME);
        Path copy = null;
        try {
            if (!fs.exists(remote)) {
                return Manifest.empty();
            }
            if (fs.getFileStatus(remote).getLen() > Manifest.MAX_BYTES) {
                problems.add(new Failure(remote.toString(), "the manifest is too large (over 10 MB); it was not read"));
                return Manifest.empty();
            }
            copy = Files.createTempFile("crosscheck-manifest", ".csv");
            try (InputStream in = fs.open(remote)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return Manifest.read(copy);
        } catch (LoadException e) {
            problems.add(new Failure(remote.toString(), e.problem()));
            return Manifest.empty();
        } catch (IOException e) {
            problems.add(new Failure(remote.toString(), "the manifest could not be read (" + e.getMessage() + ")"));
            return Manifest.empty();
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    private void add(ArticleSource source) {
        String earlier = locationByName.putIfAbsent(source.name(), source.location());
        if (earlier == null) {
            files.add(source);
        } else if (!earlier.equals(source.location())) {
            problems.add(new Failure(source.location(), "has the same name (" + source.name() + ") as " + earlier
                    + "; documents are named by their path below the input folder, so rename one of them"));
        }
    }

    private void addJsonLines(String name, String location) {
        String earlier = locationByName.putIfAbsent(name, location);
        if (earlier == null) {
            jsonLines.add(new JsonLinesFile(name, location));
        } else if (!earlier.equals(location)) {
            problems.add(new Failure(location, "has the same name (" + name + ") as " + earlier
                    + "; rename one of them"));
        }
    }

    private static String relative(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String name = rel.toString().replace('\\', '/');
        return name.isEmpty() ? String.valueOf(file.getFileName()) : name;
    }
}
