package org.crosscheck.eval;

/** A {@code gold.json} that cannot be read or does not have the structure {@code score.py} reads. */
public final class GoldFileException extends RuntimeException {

    public GoldFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
