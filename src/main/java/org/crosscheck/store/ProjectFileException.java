package org.crosscheck.store;

/**
 * A project file could not be opened, read or written. The message is meant for the user as it
 * is: it names the file and says what went wrong in plain words ("... is in use by another
 * program"). Whatever was saved before the failing call is still there.
 */
public class ProjectFileException extends RuntimeException {
    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
