package org.crosscheck.ui;

import java.lang.reflect.InvocationTargetException;
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
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return switch (t.getClass().getSimpleName()) {
                case "NoSuchFileException" -> "the file does not exist.";
                case "AccessDeniedException" -> "permission denied.";
                case "OutOfMemoryError" -> "not enough memory.";
                default -> "an unexpected error occurred (" + t.getClass().getSimpleName() + ").";
            };
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.endsWith(".") ? firstLine : firstLine + ".";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof InvocationTargetException
                || (t instanceof RuntimeException && t.getMessage() == null)) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
