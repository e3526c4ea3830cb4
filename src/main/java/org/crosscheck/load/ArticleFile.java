package org.crosscheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads the bytes of one article file, or says in plain words why not: a folder, a link that
 * leads nowhere or in a loop, a device or pipe (reading one might never end), an empty or too
 * large file, no permission, or a file that changed or disappeared while it was read (a
 * download still running, a sync tool replacing it). Never reads more than the size limit.
 */
final class ArticleFile {
    private ArticleFile() {
    }

    static byte[] read(Path file, long maxBytes) throws LoadException {
        BasicFileAttributes before = attributes(file);
        if (before.isDirectory()) {
            throw new LoadException(file, "this is a folder, not a file");
        }
        if (!before.isRegularFile()) {
            throw new LoadException(file, "this is not a regular file (a device, pipe or socket); it was not read");
        }
        if (before.size() > maxBytes) {
            throw tooLarge(file, before.size(), maxBytes);
        }
        if (before.size() == 0) {
            throw new LoadException(file, "the file is empty");
        }
        if (!Files.isReadable(file)) {
            throw new LoadException(file, "the file cannot be read (permission denied)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (AccessDeniedException e) {
            throw new LoadException(file, "the file cannot be read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw disappeared(file, e);
        } catch (IOException e) {
            throw new LoadException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length, maxBytes);
        }
        BasicFileAttributes after;
        try {
            after = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw disappeared(file, e);
        }
        if (bytes.length != before.size() || after.size() != before.size()
                || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new LoadException(file, "the file changed while it was being read (is it still being written?);"
                    + " analyse it again once it is complete");
        }
        return bytes;
    }

    private static BasicFileAttributes attributes(Path file) throws LoadException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new LoadException(file, Files.isSymbolicLink(file)
                    ? "the file is a link to something that does not exist" : "the file does not exist", e);
        } catch (FileSystemException e) {
            if (isLoop(e)) {
                throw new LoadException(file, "the file is a link that leads in a loop", e);
            }
            throw new LoadException(file, "the file could not be read (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new LoadException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    /** ELOOP: "Too many levels of symbolic links" on Linux and macOS. */
    private static boolean isLoop(FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
        return reason.contains("symbolic links") || reason.contains("loop");
    }

    static LoadException tooLarge(Path file, long size, long maxBytes) {
        return new LoadException(file, String.format(Locale.ROOT,
                "the file is too large (%.1f MB; the limit is %.0f MB for one article)",
                size / 1048576.0, maxBytes / 1048576.0));
    }

    private static LoadException disappeared(Path file, IOException e) {
        return new LoadException(file, "the file disappeared while it was being read (moved or deleted)", e);
    }
}
