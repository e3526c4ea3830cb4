package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.service.ProjectWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories a researcher picks come out as a project file the workbench opens and reviews. */
class ProjectOutputTest {

    @TempDir
    Path dir;

    @Test
    void theMatchedStoryIsAProjectTheWorkbenchOpensAndReviews() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        for (String name : List.of("000_1a1ccef1600b2547.txt", "002_b8fcfa02192d3b24.txt")) {
            Files.copy(Path.of("../samples", name), input.resolve(name));
        }
        Files.copy(Path.of("../samples/manifest.csv"), input.resolve("manifest.csv"));
        Path project = dir.resolve("picked.db");

        AnalyzeJob.run(LocalSpark.session(), JobOptions.of(List.of(input.toString()), dir.resolve("out").toString())
                .withProject(project, List.of(), "^000_"));

        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            ProjectSnapshot snapshot = wb.snapshot();
            List<String> stories = CsvTable.read(dir.resolve("out/stories.csv")).stream()
                    .filter(r -> r.get("story").equals("000_1a1ccef1600b2547.txt")).map(r -> r.get("document")).toList();
            assertThat(snapshot.documents()).extracting(DocumentInfo::name).containsExactlyElementsOf(stories);
            assertThat(snapshot.claims()).isNotEmpty();
            String claim = snapshot.claims().get(0).id();
            wb.accept(claim);
            assertThat(wb.snapshot().reviewOf(claim).state().name()).isEqualTo("ACCEPTED");
        }
    }
}
