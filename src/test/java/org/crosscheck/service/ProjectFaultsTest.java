package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.crosscheck.store.ProjectFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around a project file, with real second JVMs: a process killed with SIGKILL while it
 * saves review decisions, and a second Crosscheck process on a project another one is writing.
 * Every decision saved before is still there and the project opens.
 */
class ProjectFaultsTest {
    @TempDir
    Path dir;

    @Test
    void everyDecisionSavedBeforeAKillIsThereAndTheProjectOpens() throws Exception {
        Path project = dir.resolve("crosscheck.db");
        int[] killAfter = {1, 37, 150};
        int kept = 0;
        for (int run = 0; run < killAfter.length; run++) {
            Writer writer = Writer.start(project, "run" + run + "-", 100_000);
            int lastSaved = writer.awaitSaved(killAfter[run]);
            writer.process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction or not
            assertThat(writer.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int acknowledged = lastSaved; // what the killed process had reported committed

            try (ProjectWorkbench workbench = new ProjectWorkbench(project, 1)) {
                Map<String, ReviewDecision> reviews = workbench.snapshot().reviews();
                for (int i = 0; i <= acknowledged; i++) {
                    ReviewDecision d = reviews.get("run" + run + "-" + i);
                    assertThat(d).as("decision %d of run %d", i, run).isNotNull();
                    assertThat(d.state()).isEqualTo(ReviewState.ACCEPTED);
                }
                kept += acknowledged + 1;
                assertThat(reviews.size()).isGreaterThanOrEqualTo(kept);
            }
            assertThat(integrity(project)).isEqualTo("ok");
        }
    }

    @Test
    void aSecondProcessIsToldTheProjectIsInUseWhileTheFirstWrites() throws Exception {
        Path project = dir.resolve("crosscheck.db");
        Writer writer = Writer.start(project, "c", 120);
        try {
            writer.awaitSaved(5);
            assertThatThrownBy(() -> new ProjectWorkbench(project, 1))
                    .isInstanceOf(ProjectFileException.class)
                    .hasMessage(project + " is in use by another program. Close it there and try again.");
            assertThat(writer.awaitDone()).isTrue();
        } finally {
            writer.process.destroyForcibly();
            writer.process.waitFor(30, TimeUnit.SECONDS);
        }
        try (ProjectWorkbench workbench = new ProjectWorkbench(project, 1)) {
            assertThat(workbench.snapshot().reviews()).hasSize(120);
        }
    }

    @Test
    void aSecondProcessOpensTheProjectOnceTheFirstHasClosedIt() throws Exception {
        Path project = dir.resolve("crosscheck.db");
        Writer first = Writer.start(project, "first", 20);
        assertThat(first.awaitDone()).isTrue();
        first.process.waitFor(30, TimeUnit.SECONDS);
        Writer second = Writer.start(project, "second", 20);
        assertThat(second.awaitDone()).isTrue();
        second.process.waitFor(30, TimeUnit.SECONDS);

        try (ProjectWorkbench workbench = new ProjectWorkbench(project, 1)) {
            assertThat(workbench.snapshot().reviews()).hasSize(40);
        }
    }

    private static String integrity(Path project) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A second JVM saving decisions ({@link SaveDecisionsUntilStopped}), and what it said. */
    private static final class Writer {
        final Process process;
        private final BufferedReader out;
        private int lastSaved = -1;

        private Writer(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Writer start(Path project, String prefix, int count) throws IOException {
            return new Writer(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    SaveDecisionsUntilStopped.class.getName(), project.toString(), prefix, String.valueOf(count))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }

        /** Reads the child's lines until decision {@code n} is saved; returns the last one saved. */
        int awaitSaved(int n) throws IOException {
            String line;
            while (lastSaved < n && (line = out.readLine()) != null) {
                note(line);
            }
            assertThat(lastSaved).as("the writer saved decision %d", n).isGreaterThanOrEqualTo(n);
            return lastSaved;
        }

        boolean awaitDone() throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("done")) {
                    return true;
                }
                note(line);
            }
            return false;
        }

        private void note(String line) {
            if (line.startsWith("saved ")) {
                lastSaved = Integer.parseInt(line.substring(6));
            } else if (line.startsWith("error ")) {
                throw new AssertionError("the writer failed: " + line);
            }
        }
    }
}
