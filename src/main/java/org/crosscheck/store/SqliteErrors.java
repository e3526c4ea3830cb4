package org.crosscheck.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Turns SQLite failures into {@link ProjectFileException}s a user can read. sqlite-jdbc puts the
 * primary SQLite result code into {@link SQLException#getErrorCode()}, so no driver class is needed.
 */
final class SqliteErrors {
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int NOTADB = 26;

    private SqliteErrors() {
    }

    static ProjectFileException inUse(Path file) {
        return new ProjectFileException(file + " is in use by another program. Close it there and try again.");
    }

    static ProjectFileException damaged(Path file) {
        return new ProjectFileException(file + " is not a Crosscheck project file or is damaged.");
    }

    /** A read met stored rows that Crosscheck never writes: the file was edited or damaged elsewhere. */
    static ProjectFileException damagedContent(Path file, String action, RuntimeException cause) {
        return new ProjectFileException(file + " is damaged: could not " + action + " (" + cause.getMessage()
                + "). Open a backup of the project, or analyse the articles into a new one.", cause);
    }

    static ProjectFileException newerVersion(Path file, int version) {
        return new ProjectFileException(file + " was saved by a newer version of Crosscheck (project format "
                + version + "); update Crosscheck to open it.");
    }

    /**
     * @param action what was being done, as a verb phrase ("open", "save the analysis")
     * @param writing true when the failed call was a write (which has been rolled back)
     */
    static ProjectFileException translate(SQLException e, Path file, String action, boolean writing) {
        String unchanged = writing ? "; nothing was changed." : ".";
        return switch (e.getErrorCode()) {
            case BUSY, LOCKED -> new ProjectFileException(inUse(file).getMessage(), e);
            case CORRUPT, NOTADB -> new ProjectFileException(damaged(file).getMessage(), e);
            case FULL -> new ProjectFileException("Disk full while saving " + file + unchanged, e);
            case READONLY -> new ProjectFileException(file + " is read-only; could not " + action + unchanged, e);
            case CANTOPEN -> new ProjectFileException(file + " cannot be opened or created (check the folder"
                    + " exists and is writable).", e);
            case IOERR -> new ProjectFileException("Could not " + action + " in " + file
                    + " because of a disk or file system error" + unchanged, e);
            default -> new ProjectFileException("Could not " + action + " in " + file + " (" + e.getMessage()
                    + ")" + unchanged, e);
        };
    }
}
