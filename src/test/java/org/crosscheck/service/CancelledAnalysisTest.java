package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-article progress and cancel on the real workbench (real CoreNLP, a real project file). */
class CancelledAnalysisTest {

    @TempDir
    Path dir;

    @Test
    void eachArticleReportsItsStartAndACancelKeepsWhatFinished() {
        CancellationToken cancel = new CancellationToken();
        List<String> events = new CopyOnWriteArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void stage(String message) {
            }

            @Override
            public void articleStarted(String document, int index, int total) {
                events.add("start " + document + " " + index + "/" + total);
                cancel.cancel(); // the researcher cancels while the first article is analysed
            }

            @Override
            public void article(String document, int done, int total, String outcome) {
                events.add("done " + document + " " + outcome);
            }
        };
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("p.db"), 1)) {
            AnalysisReport report = wb.analyze(List.of(Path.of("samples")), null, progress, cancel);

            assertThat(report.cancelled()).isTrue();
            assertThat(report.analysed()).hasSize(1);
            long total = events.stream().filter(e -> e.startsWith("done")).count();
            assertThat(total).isGreaterThan(1);
            assertThat(events).filteredOn(e -> e.startsWith("start")).singleElement()
                    .satisfies(e -> assertThat(e).endsWith(" 0/" + total));
            // The started article finishes before its "done"; the others are reported cancelled.
            assertThat(events.get(1)).startsWith("done ").contains("tokens analysed");
            assertThat(events).filteredOn(e -> e.endsWith("cancelled")).hasSize((int) total - 1);
            assertThat(wb.snapshot().documents()).hasSize(1);
        }
    }
}
