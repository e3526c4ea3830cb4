package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiLauncherTest {

    @Test
    void usesTheProjectFileGiven(@TempDir Path dir) {
        Path project = dir.resolve("story.db");
        assertThat(GuiLauncher.chooseProject(List.of(dir), project)).isEqualTo(project.toAbsolutePath());
    }

    @Test
    void putsTheProjectInsideTheFirstInputFolder(@TempDir Path dir) {
        assertThat(GuiLauncher.chooseProject(List.of(dir), null)).isEqualTo(dir.toAbsolutePath().resolve("crosscheck.db"));
    }

    @Test
    void putsTheProjectBesideTheFirstInputFile(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "text");
        assertThat(GuiLauncher.chooseProject(List.of(article), null))
                .isEqualTo(dir.toAbsolutePath().resolve("crosscheck.db"));
    }
}
