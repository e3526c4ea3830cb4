package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job killed (kill -9) after its first batch goes on where it stopped when run again. */
class StoppedJobTest {

    private static final List<String> SAMPLES =
            List.of("000_1a1ccef1600b2547.txt", "001_2ba6aa2364cfd342.txt", "003_e17a6d2f227cc06c.txt");

    @TempDir
    Path dir;

    @Test
    void aKilledJobResumesWithTheBatchesItFinished() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        for (String name : SAMPLES) {
            Files.copy(Path.of("../samples", name), input.resolve(name));
        }
        Path out = dir.resolve("out");
        Process child = childJob(input, out);
        try {
            waitForAFinishedBatch(out.resolve("work/articles"), child);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }

        JobReport resumed = AnalyzeJob.run(LocalSpark.session(), JobOptions.of(List.of(input.toString()),
                out.toString()).withBatch(1));

        assertThat(resumed.kept()).isBetween(1, SAMPLES.size() - 1);
        assertThat(resumed.analysed() + resumed.kept()).isEqualTo(SAMPLES.size());
        assertThat(CsvTable.read(out.resolve("documents.csv"))).extracting(d -> d.get("document"))
                .containsExactlyInAnyOrderElementsOf(SAMPLES);
    }

    /** The job in a child JVM, one article per batch on one core. */
    private static Process childJob(Path input, Path out) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze",
                input.toString(), "--out", out.toString(), "--batch", "1", "--partitions", "1", "--master", "local[1]"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(input.resolveSibling("child.log").toFile()).start();
    }

    private static void waitForAFinishedBatch(Path articles, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(articles)) {
                try (Stream<Path> files = Files.list(articles)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
                        return;
                    }
                }
            }
            assertThat(child.isAlive()).as("the child job ended before a batch was kept").isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no batch was kept within 5 minutes");
    }
}
