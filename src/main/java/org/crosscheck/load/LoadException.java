package org.crosscheck.load;

import java.nio.file.Path;

/**
 * An input that cannot be loaded. The message names the file and says the problem in plain
 * words ("report.txt: the file is empty"), so callers can show it to the user as it is.
 */
public class LoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public LoadException(Path file, String problem) {
        this(file, problem, null);
    }

    public LoadException(Path file, String problem, Throwable cause) {
        super(nameOf(file) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file that could not be loaded. */
    public Path file() {
        return file;
    }

    /** The problem alone, without the file name. */
    public String problem() {
        return problem;
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
