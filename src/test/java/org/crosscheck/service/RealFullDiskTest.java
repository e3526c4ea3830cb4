package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a second JVM works on a project in a 1 MB tmpfs mounted in a mount namespace
 * of its own (unshare, as root; the mount vanishes with the process), fills it, and goes on
 * reviewing, or analyses the samples with CoreNLP until the disk is full. The project is copied
 * out afterwards and opened here. Skipped where mounting is not
 * allowed; {@code org.crosscheck.store.DiskFullTest} covers the same with SQLite's page limit.
 */
class RealFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aDecisionOnAFullDiskIsRefusedInPlainWordsAndEveryEarlierOneKept() throws Exception {
        assumeTrue(canMountTmpfs(), "no mount namespace with tmpfs here (needs root and unshare)");
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        Path copy = Files.createDirectory(dir.resolve("copied-out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("unshare", "-m", "sh", "-c",
                "mount -t tmpfs -o size=1m tmpfs \"$1\" && \"$3\" -Xmx256m -cp \"$4\" " + FillTheDiskWhileReviewing.class.getName()
                        + " \"$1/crosscheck.db\"; rc=$?; cp \"$1\"/crosscheck.db* \"$2\"/; exit $rc",
                "sh", mount.toString(), copy.toString(), java, System.getProperty("java.class.path"))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        Path inNamespace = mount.resolve("crosscheck.db");
        assertThat(out).contains("saved 30", "disk full",
                "decision refused: Disk full while saving " + inNamespace + "; nothing was changed.",
                "export refused: Could not export to " + mount.resolve("csv") + ": the disk is full. No files were changed.",
                "closed");
        try (ProjectWorkbench workbench = new ProjectWorkbench(copy.resolve("crosscheck.db"), 1)) {
            assertThat(workbench.snapshot().reviews()).hasSize(30)
                    .allSatisfy((id, d) -> assertThat(d.state()).isEqualTo(ReviewState.ACCEPTED));
            assertThat(workbench.snapshot().reviews().get("c0").note()).isNull();
        }
    }

    @Test
    void anAnalysisThatFillsTheDiskKeepsEveryArticleAnalysedBeforeAndSaysSo() throws Exception {
        assumeTrue(canMountTmpfs(), "no mount namespace with tmpfs here (needs root and unshare)");
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        Path copy = Files.createDirectory(dir.resolve("copied-out"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the samples' project is about 1.1 MB: 640 KB holds the articles' analyses, not the claims after them
        Process child = new ProcessBuilder("unshare", "-m", "sh", "-c",
                "mount -t tmpfs -o size=640k tmpfs \"$1\" && \"$3\" -Xmx3g -cp \"$4\" org.crosscheck.cli.Main analyze samples"
                        + " --project \"$1/crosscheck.db\" --out \"$2/csv\"; rc=$?; cp \"$1\"/crosscheck.db \"$2\"/; exit $rc",
                "sh", mount.toString(), copy.toString(), java, System.getProperty("java.class.path"))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(600, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("Disk full while saving " + mount.resolve("crosscheck.db") + "; nothing was changed.");
        try (ProjectWorkbench workbench = new ProjectWorkbench(copy.resolve("crosscheck.db"), 1)) {
            assertThat(workbench.snapshot().documents()).hasSize(5); // each analysis was saved as it finished
            assertThat(workbench.snapshot().claims()).isEmpty(); // the failed save left nothing half-written
        }
    }

    private static boolean canMountTmpfs() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
