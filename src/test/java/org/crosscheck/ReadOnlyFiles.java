package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a file or folder read-only for a test, also for root (CI runs as root, whom permission
 * bits do not stop): the immutable attribute where chattr is allowed, the permission bits otherwise.
 */
public final class ReadOnlyFiles {
    private ReadOnlyFiles() {
    }

    /** @return true when the path is now read-only even for this process */
    public static boolean makeReadOnly(Path path) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if ("root".equals(System.getProperty("user.name"))) {
            return chattr("+i", path);
        }
        return true;
    }

    public static void makeWritable(Path path) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr on this machine
        }
    }
}
