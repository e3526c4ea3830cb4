package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading does not hold what it loaded: 10,000 articles are collected and loaded under a 64 MB heap
 * ({@link CollectManyFiles}). The NLP and the alignment of 10,000 articles are measured on demand
 * with the bench command, not here.
 */
class ManyFilesTest {
    @TempDir
    Path dir;

    @Test
    void collectsAndLoadsTenThousandFilesInABoundedHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), CollectManyFiles.class.getName(),
                dir.toString(), "10000").redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).as(out).contains("loaded 10000 problems 0 live-heap-mb ");
        System.out.println(out);
    }
}
