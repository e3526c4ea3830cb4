package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized and pathological inputs, loaded in a JVM with a 512 MB heap ({@link LoadLargeInputs}):
 * each is loaded or refused by name within its time bound, and none runs out of memory.
 */
class LargeInputsTest {
    @TempDir
    Path dir;

    @Test
    void eachLargeInputIsLoadedOrRefusedInBoundedTimeAndMemory() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), LoadLargeInputs.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        Map<String, Long> millis = new HashMap<>();
        Map<String, String> outcome = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                millis.put(parts[0], Long.parseLong(parts[1]));
                outcome.put(parts[0], parts[2]);
            }
        }
        assertThat(out).as(out).endsWith("done\n");
        assertThat(outcome.get("a 50 MB page")).startsWith("refused: page-50mb.html: the file is too large");
        assertThat(millis.get("a 50 MB page")).isLessThan(2_000);
        assertThat(outcome.get("a page just under the limit")).startsWith("loaded");
        assertThat(millis.get("a page just under the limit")).isLessThan(90_000);
        assertThat(millis.get("a 1 MB line")).isLessThan(10_000);
        assertThat(outcome.get("100,000 nested tags")).startsWith("loaded");
        assertThat(millis.get("100,000 nested tags")).isLessThan(30_000);
        assertThat(millis.get("100,000 unclosed tags")).isLessThan(30_000);
        assertThat(outcome.get("10,000 numbers in a row")).startsWith("loaded");
        assertThat(millis.get("10,000 numbers in a row")).isLessThan(10_000);
        assertThat(millis.get("a phrase of 10,000 numbers")).isLessThan(10_000);
        System.out.println(out); // the figures, for the README
    }
}
