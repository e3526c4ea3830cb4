package org.crosscheck.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a second JVM on a small file system of its own by {@link RealFullDiskTest}: saves 30
 * decisions, fills the disk, then tries one more decision and an export, and prints what the
 * user would be told.
 */
public final class FillTheDiskWhileReviewing {
    private FillTheDiskWhileReviewing() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]);
        try (ProjectWorkbench workbench = new ProjectWorkbench(project, 1)) {
            for (int i = 0; i < 30; i++) {
                workbench.accept("c" + i);
            }
            System.out.println("saved 30");
            fill(project.resolveSibling("filler.bin"));
            System.out.println("disk full");
            try {
                workbench.note("c0", "a note written when the disk is full ".repeat(200));
                System.out.println("late decision saved");
            } catch (RuntimeException e) {
                System.out.println("decision refused: " + e.getMessage());
            }
            try {
                workbench.export(project.resolveSibling("csv"));
                System.out.println("exported");
            } catch (RuntimeException e) {
                System.out.println("export refused: " + e.getMessage());
            }
        }
        System.out.println("closed");
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // No space left on device: what a full disk is
        }
    }
}
