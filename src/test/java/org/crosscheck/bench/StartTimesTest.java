package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.service.ProjectWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's start measure on a real project of the Qeshm reports: a new process opens the window
 * (headless under Monocle here, as in CI) and reports its first frame and its usable table.
 */
class StartTimesTest {
    @TempDir
    Path dir;

    @Test
    void aNewProcessReportsItsFirstFrameAndThenTheTableOfTheReopenedProject() throws Exception {
        Path project = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("qeshm.db"));
        int facts;
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            facts = wb.snapshot().facts().size();
        }
        StartTimes.Result result = StartTimes.measure(project).orElseThrow();
        System.out.printf("start times: first frame %d ms (%d ms of CPU), usable table %d ms (%s)%n",
                result.windowMillis(), result.windowCpuMillis(), result.tableMillis(), result.display());
        assertThat(result.windowMillis()).isPositive();
        assertThat(result.tableMillis()).isGreaterThanOrEqualTo(result.windowMillis());
        assertThat(result.facts()).isEqualTo(facts);
    }
}
