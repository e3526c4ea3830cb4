package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's rows as text: header and rows put together are the exported file. */
class CsvRowsTest {

    @TempDir
    Path dir;

    @Test
    void headerAndRowsMakeTheExportedFile() throws Exception {
        ProjectSnapshot snapshot;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("p.db"))) {
            wb.analyze(List.of(Path.of("samples")), null, ProgressListener.NONE, new CancellationToken());
            snapshot = wb.snapshot();
        }
        CsvExporter.export(snapshot, dir.resolve("out"));

        for (String file : CsvExporter.fileNames()) {
            assertThat(CsvRows.header(file) + CsvRows.rows(snapshot, file))
                    .as(file).isEqualTo(Files.readString(dir.resolve("out").resolve(file)));
        }
        assertThat(CsvRows.columns("facts.csv")).startsWith("fact_id", "status");
    }
}
