package org.crosscheck.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps two Crosscheck processes from working on one project at once: SQLite's own locks only
 * serialise single writes, so without this a CLI run could replace the analysis under an open
 * workbench. The lock is an OS file lock on a small side file ({@code crosscheck.db.lock}),
 * never on the database file itself, whose POSIX locks belong to SQLite (closing any other
 * descriptor of that file would drop them).
 *
 * <p>Java file locks are per process and throw when the same process asks twice, so stores
 * opened on one file inside this process share one lock, counted.
 *
 * <p>The side file stays after close: deleting it would let a process that opened the old file
 * and a process that created a new one both believe they hold the lock.
 */
final class ProjectLock implements AutoCloseable {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path key;
    private boolean released;

    private record Held(FileChannel channel, FileLock lock, int count) {
    }

    private ProjectLock(Path key) {
        this.key = key;
    }

    /** @throws ProjectFileException when another process holds the project */
    static ProjectLock acquire(Path projectFile) {
        Path key = projectFile.toAbsolutePath().normalize();
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                HELD.put(key, new Held(held.channel(), held.lock(), held.count() + 1));
                return new ProjectLock(key);
            }
            Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw SqliteErrors.inUse(projectFile);
                }
                HELD.put(key, new Held(channel, lock, 1));
                return new ProjectLock(key);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new ProjectFileException("Could not open " + projectFile + ": cannot create " + lockFile
                        + " (" + e.getMessage() + ").", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(key);
            if (held.count() > 1) {
                HELD.put(key, new Held(held.channel(), held.lock(), held.count() - 1));
                return;
            }
            HELD.remove(key);
            closeQuietly(held.channel()); // releases the lock
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the descriptor anyway
        }
    }
}
