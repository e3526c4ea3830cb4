package org.crosscheck.export;

/** An export failed; the message names the folder and the reason in plain words, and says nothing was changed. */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
