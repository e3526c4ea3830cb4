package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.project.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document list, which claims, facts and their labels follow, does not depend on which thread finishes first. */
class DocumentOrderTest {

    @TempDir
    Path dir;

    @Test
    void listsNewArticlesInInputOrderWhicheverFinishesFirst() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        // the first article is long and the second one line: on two threads the second finishes first
        Files.copy(Path.of("samples/002_b8fcfa02192d3b24.txt"), inputs.resolve("a-long.txt"));
        Files.writeString(inputs.resolve("b-short.txt"), "Officials said 40 people attended the meeting on Monday.\n");
        Files.writeString(inputs.resolve("c-short.txt"), "A spokesman said the bridge would reopen in May.\n");

        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("order.db"), 2)) {
            wb.analyze(List.of(inputs), null, ProgressListener.NONE, new CancellationToken());
            assertThat(wb.snapshot().documents()).extracting(DocumentInfo::name)
                    .containsExactly("a-long.txt", "b-short.txt", "c-short.txt");

            Path later = Files.writeString(dir.resolve("d-later.txt"), "The council met 12 times last year.\n");
            wb.analyze(List.of(later), null, ProgressListener.NONE, new CancellationToken());
            assertThat(wb.snapshot().documents()).extracting(DocumentInfo::name)
                    .containsExactly("a-long.txt", "b-short.txt", "c-short.txt", "d-later.txt");
        }
    }
}
