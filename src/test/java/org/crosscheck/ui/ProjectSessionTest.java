package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {
    @TempDir
    Path dir;
    private final List<InMemoryWorkbench> opened = new ArrayList<>();
    private ProjectSession session;
    private InMemoryWorkbench original;

    @BeforeEach
    void openOriginal() throws Exception {
        Path file = Files.writeString(dir.resolve("story.db"), "project bytes");
        session = new ProjectSession(new CurrentThreadTaskExecutor(), path -> {
            if (path.getFileName().toString().startsWith("damaged")) {
                throw new IllegalStateException(path.getFileName() + " is not a Crosscheck project file");
            }
            InMemoryWorkbench wb = SampleProject.workbench(path);
            opened.add(wb);
            return wb;
        });
        session.open(file);
        original = opened.get(0);
    }

    @Test
    void openShowsTheProjectAndItsName() {
        assertThat(session.projectNameProperty().get()).isEqualTo("story.db");
        assertThat(session.snapshot().facts()).hasSize(4);
    }

    @Test
    void openingAnotherProjectClosesTheFirst() {
        session.open(dir.resolve("other.db"));
        assertThat(original.closed).isTrue();
        assertThat(session.projectNameProperty().get()).isEqualTo("other.db");
    }

    @Test
    void aProjectThatCannotBeOpenedLeavesTheCurrentOneOpen() {
        session.open(dir.resolve("damaged.db"));
        assertThat(session.workbench()).containsSame(original);
        assertThat(original.closed).isFalse();
        assertThat(session.statusProperty().get())
                .isEqualTo("Could not open the project damaged.db: damaged.db is not a Crosscheck project file.");
    }

    @Test
    void saveAsCopiesTheFileAndContinuesInTheCopy() throws Exception {
        Path copy = dir.resolve("copy.db");
        session.saveAs(copy);
        assertThat(copy).hasContent("project bytes");
        assertThat(original.closed).isTrue();
        assertThat(session.workbench().orElseThrow().projectFile()).isEqualTo(copy);
        assertThat(session.statusProperty().get()).startsWith("Saved the project as");
    }

    @Test
    void aFailedSaveAsReopensTheOriginalAndSaysWhy() {
        session.saveAs(dir.resolve("no-such-folder").resolve("copy.db"));
        assertThat(session.workbench().orElseThrow().projectFile()).isEqualTo(dir.resolve("story.db"));
        assertThat(session.statusProperty().get()).startsWith("Could not save the project as copy.db: ");
        assertThat(session.errorProperty().get()).isNotNull();
    }

    @Test
    void actionsWithoutAProjectSaySoInsteadOfFailing() {
        ProjectSession empty = new ProjectSession(new CurrentThreadTaskExecutor(), path -> null);
        empty.perform("accept the claim", "Accepted.", wb -> wb.accept("x"));
        assertThat(empty.statusProperty().get()).isEqualTo("Could not accept the claim: no project is open.");
    }

    @Test
    void theProjectCannotBeSwitchedWhileAnAnalysisRuns() {
        List<Runnable> held = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                   java.util.function.Consumer<Throwable> onFailure) {
                held.add(() -> new CurrentThreadTaskExecutor().submit(work, onSuccess, onFailure));
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }

            @Override
            public void shutdown() {
            }
        };
        ProjectSession withAnalysis = new ProjectSession(new CurrentThreadTaskExecutor(), later,
                path -> SampleProject.workbench(path));
        withAnalysis.open(dir.resolve("story.db"));
        new AnalysisViewModel(withAnalysis).analyze(List.of(Path.of("one.txt")));
        assertThat(withAnalysis.analysingProperty().get()).isTrue();

        withAnalysis.open(dir.resolve("other.db"));
        assertThat(withAnalysis.projectNameProperty().get()).isEqualTo("story.db");
        assertThat(withAnalysis.statusProperty().get()).startsWith("Cannot open another project while articles");

        held.forEach(Runnable::run);
        assertThat(withAnalysis.analysingProperty().get()).isFalse();
        withAnalysis.open(dir.resolve("other.db"));
        assertThat(withAnalysis.projectNameProperty().get()).isEqualTo("other.db");
    }
}
