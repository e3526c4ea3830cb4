package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.ReadOnlyFiles;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export into a folder the user may not write to is refused by name; earlier files stay. */
class UnwritableExportFolderTest {
    @TempDir
    Path dir;

    private Path out;

    @AfterEach
    void writableAgain() throws Exception {
        if (out != null) {
            ReadOnlyFiles.makeWritable(out);
        }
    }

    @Test
    void reportsAnExportFolderThatIsNotWritable() throws Exception {
        out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("facts.csv"), "earlier export");
        assumeTrue(ReadOnlyFiles.makeReadOnly(out), "cannot make a folder read-only here");
        ProjectSnapshot empty = new ProjectSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

        assertThatThrownBy(() -> CsvExporter.export(empty, out))
                .isInstanceOf(ExportException.class)
                .hasMessage("Could not export to " + out + ": the folder is not writable. No files were changed.");
        assertThat(Files.readString(out.resolve("facts.csv"))).isEqualTo("earlier export");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }
}
