package org.crosscheck.semantic;

/** The sentence-embedding model is missing or damaged; the message names the model, the file and the problem. */
public final class ModelException extends RuntimeException {
    ModelException(ModelFiles files, String problem, Throwable cause) {
        super("The sentence-embedding model " + files.name() + " cannot be loaded: " + problem, cause);
    }
}
