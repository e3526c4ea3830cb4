package org.crosscheck.service;

import java.nio.file.Path;

/**
 * Run in a second JVM by the fault tests: opens a project through the workbench and accepts claims
 * {@code prefix0}, {@code prefix1}, ... one decision at a time, printing "saved N" once decision N
 * is committed, until it is killed or has saved {@code count}; then prints "done".
 */
public final class SaveDecisionsUntilStopped {
    private SaveDecisionsUntilStopped() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (ProjectWorkbench workbench = new ProjectWorkbench(project, 1)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                workbench.accept(prefix + i);
                workbench.note(prefix + i, "decision " + i + " of a run that may be killed");
                System.out.println("saved " + i);
                System.out.flush();
            }
            System.out.println("done");
        } catch (RuntimeException e) {
            System.out.println("error " + e.getMessage());
        }
        System.out.flush();
    }
}
