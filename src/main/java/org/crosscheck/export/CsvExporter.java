package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.project.ProjectSnapshot;

/**
 * Writes the four CSV files of a project into a folder, all or nothing: each file is written to a
 * temporary file in the same folder, and only when all four are complete are they moved over the
 * final names (an atomic rename where the file system has one). A failure (disk full, folder not
 * writable, a folder in the way) deletes the temporary files and leaves earlier exports untouched.
 */
public final class CsvExporter {
    static final List<ExportTable> TABLES = List.of(new DocumentsTable(), new MentionsTable(),
            new ClaimsTable(), new FactsTable());

    private CsvExporter() {
    }

    /** The names of the files an export writes, in order. */
    public static List<String> fileNames() {
        return TABLES.stream().map(ExportTable::fileName).toList();
    }

    /**
     * Writes documents.csv, mentions.csv, claims.csv and facts.csv into {@code dir}, creating it when missing.
     *
     * @throws ExportException naming the folder and the reason; no file in it has changed
     */
    public static void export(ProjectSnapshot snapshot, Path dir) {
        Map<Path, Path> written = new LinkedHashMap<>(); // temporary file -> final file
        try {
            Files.createDirectories(dir);
            for (ExportTable table : TABLES) {
                Path target = dir.resolve(table.fileName());
                if (Files.isDirectory(target)) {
                    throw new FileAlreadyExistsException(target.toString(), null, "a folder has that name");
                }
                Path temp = Files.createTempFile(dir, "." + table.fileName() + "-", ".tmp");
                written.put(temp, target);
                write(table, snapshot, temp);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(written.keySet());
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ExportException("Could not export to " + dir + ": " + reason(cause)
                    + ". No files were changed.", cause);
        }
        moveIntoPlace(written, dir);
    }

    private static void write(ExportTable table, ProjectSnapshot snapshot, Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, format)) {
            table.printRows(snapshot, out);
        }
    }

    private static void moveIntoPlace(Map<Path, Path> written, Path dir) {
        try {
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                move(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            deleteQuietly(written.keySet());
            throw new ExportException("Could not export to " + dir + ": " + reason(e)
                    + ". Some files may be from the previous export.", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The cause in plain words; Java's own messages name paths and errno text, not what to do. */
    private static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || message.contains("not enough space")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException f
                && "Operation not permitted".equals(f.getReason()))) {
            return "the folder is not writable"; // EACCES, or EPERM (an immutable folder, also for root)
        }
        if (e instanceof FileSystemException f && "Read-only file system".equals(f.getReason())) {
            return "the folder is on a read-only disk";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getReason() != null ? f.getFile() + " is in the way (" + f.getReason() + ")"
                    : f.getFile() + " exists and is not a folder";
        }
        if (e instanceof FileSystemException f && "Not a directory".equals(f.getReason())) {
            return "part of that path is a file, not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT)
                    + (f.getFile() != null ? " (" + f.getFile() + ")" : "");
        }
        return message;
    }

    private static void deleteQuietly(Iterable<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover hidden .tmp file is harmless; the real error is reported
            }
        }
    }
}
