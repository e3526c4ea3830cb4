package org.crosscheck.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into one sentence a researcher can act on: never a stack trace. */
final class PlainMessages {
    private PlainMessages() {
    }

    /** "Could not export: the folder /x is not writable." */
    static String couldNot(String action, Throwable failure) {
        return "Could not " + action + ": " + reason(failure);
    }

    static String reason(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof NoSuchFileException missing) {
            return "there is no file or folder " + missing.getFile() + ".";
        }
        if (t instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile() + ".";
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().strip() + " (" + fs.getFile() + ").";
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t instanceof OutOfMemoryError ? "not enough memory."
                    : "an unexpected error occurred (" + t.getClass().getSimpleName() + ").";
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.endsWith(".") ? firstLine : firstLine + ".";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof InvocationTargetException
                || t instanceof java.io.UncheckedIOException
                || (t instanceof RuntimeException && t.getMessage() == null)) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
