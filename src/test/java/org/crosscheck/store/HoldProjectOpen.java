package org.crosscheck.store;

import java.nio.file.Path;

/** Run in a second JVM by a test: opens a project, says so, and keeps it open until stdin closes. */
public final class HoldProjectOpen {
    private HoldProjectOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }
}
