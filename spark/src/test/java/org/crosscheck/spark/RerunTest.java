package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A re-run into the same output folder analyses only the articles whose content it has not kept. */
class RerunTest {

    @TempDir
    Path dir;

    @Test
    void aRerunKeepsWhatItAnalysedAndAnalysesOnlyTheNewArticle() throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        copySample("000_1a1ccef1600b2547.txt", input);
        copySample("003_e17a6d2f227cc06c.txt", input);
        String out = dir.resolve("out").toString();
        JobOptions options = JobOptions.of(List.of(input.toString()), out);

        JobReport first = AnalyzeJob.run(LocalSpark.session(), options);
        String facts = Files.readString(Path.of(out, "facts.csv"));
        JobReport again = AnalyzeJob.run(LocalSpark.session(), options);
        copySample("004_0de8a2fd00d44d0a.txt", input);
        JobReport added = AnalyzeJob.run(LocalSpark.session(), options);

        assertThat(first.analysed()).isEqualTo(2);
        assertThat(again.analysed()).isZero();
        assertThat(again.kept()).isEqualTo(2);
        assertThat(added.analysed()).isEqualTo(1);
        assertThat(added.kept()).isEqualTo(2);
        assertThat(Files.readString(Path.of(out, "documents.csv"))).contains("004_0de8a2fd00d44d0a.txt");
        assertThat(facts).isNotBlank();
    }

    private static void copySample(String name, Path folder) throws IOException {
        Files.copy(Path.of("../samples", name), folder.resolve(name));
    }
}
