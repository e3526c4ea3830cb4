package org.crosscheck.cli;

import org.crosscheck.service.ProgressListener;

/** Prints one line per stage and per article to stderr. */
final class StderrProgress implements ProgressListener {
    @Override
    public void stage(String message) {
        System.err.println(message);
    }

    @Override
    public synchronized void article(String document, int done, int total, String outcome) {
        System.err.printf("[%d/%d] %s: %s%n", done, total, document, outcome);
    }
}
