package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's start as a researcher meets it: a new Java process opens the window on a saved
 * project ({@code gui --project FILE} with {@code -Dcrosscheck.startTimes=true}) and reports how
 * long after the process started its first frame was drawn and its fact table was usable, then
 * quits. Needs a screen (a desktop or Xvfb); without one the window is drawn headless by Monocle
 * when it is on the class path (the tests' run), else the measure is skipped.
 */
final class StartTimes {
    /** The lines the window prints ({@code CrosscheckApp}). */
    static final String WINDOW = "crosscheck-start window ms ";
    static final String TABLE = "crosscheck-start table ms ";

    /** Wall times after the process started; {@code windowCpuMillis} the CPU the process had used by its first frame. */
    record Result(long windowMillis, long windowCpuMillis, long tableMillis, int facts, String display) {
    }

    private StartTimes() {
    }

    static Optional<Result> measure(Path project) throws IOException, InterruptedException {
        boolean screen = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        boolean monocle = System.getProperty("java.class.path").contains("openjfx-monocle");
        if (!screen && !monocle) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcrosscheck.startTimes=true"));
        if (!screen) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1600x1000-32"));
        }
        command.addAll(List.of("org.crosscheck.cli.Main", "gui", "--project", project.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long window = -1;
        long windowCpu = -1;
        long table = -1;
        int facts = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(WINDOW)) {
                    String[] parts = line.substring(WINDOW.length()).strip().split(" ");
                    window = Long.parseLong(parts[0]);
                    windowCpu = Long.parseLong(parts[1]);
                } else if (line.startsWith(TABLE)) {
                    String[] parts = line.substring(TABLE.length()).strip().split(" ");
                    table = Long.parseLong(parts[0]);
                    facts = Integer.parseInt(parts[1]);
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (window < 0 || table < 0) {
            return Optional.empty();
        }
        return Optional.of(new Result(window, windowCpu, table, facts, screen ? "screen " + System.getenv("DISPLAY")
                : "headless (Monocle)"));
    }
}
