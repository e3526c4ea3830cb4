package org.crosscheck.cli;

import picocli.CommandLine;

/**
 * Turns failures into one plain sentence on stderr instead of a stack trace; the stack trace
 * is printed only with {@code -Dcrosscheck.debug=true}.
 */
final class PlainErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int FAILURE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cli.getErr().println("crosscheck: " + message);
        if (Boolean.getBoolean("crosscheck.debug")) {
            ex.printStackTrace(cli.getErr());
        }
        return FAILURE;
    }
}
