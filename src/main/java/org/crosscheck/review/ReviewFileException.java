package org.crosscheck.review;

/** A review file could not be written or read; the message names the file and the problem in plain words. */
public class ReviewFileException extends RuntimeException {
    public ReviewFileException(String message) {
        super(message);
    }

    public ReviewFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
