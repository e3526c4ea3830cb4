package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    @Test
    void expandsFolderToArticleFilesSortedByName() throws Exception {
        for (String name : List.of("b.html", "a.txt", "c.htm", "notes.md", "data.csv", "image.png")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(InputCollector.articleFiles(List.of(dir)))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("a.txt", "b.html", "c.htm");
    }

    @Test
    void refusesASecondFileWithTheSameNameNamingBoth() throws Exception {
        Path first = Files.createDirectories(dir.resolve("business"));
        Path second = Files.createDirectories(dir.resolve("sport"));
        Files.writeString(first.resolve("001.txt"), "x");
        Files.writeString(second.resolve("001.txt"), "y");

        InputCollector.Inputs inputs = InputCollector.collect(List.of(first, second), null);

        assertThat(inputs.articles()).extracting(a -> a.file().getParent().getFileName().toString())
                .containsExactly("business");
        assertThat(inputs.problems()).singleElement()
                .satisfies(p -> assertThat(p.getMessage()).contains("sport", "001.txt", "same file name"));
    }

    @Test
    void countsTheSameFileGivenTwiceOnce() throws Exception {
        Files.writeString(dir.resolve("story.txt"), "x");

        InputCollector.Inputs inputs = InputCollector.collect(List.of(dir, dir.resolve("story.txt")), null);

        assertThat(inputs.articles()).hasSize(1);
        assertThat(inputs.problems()).isEmpty();
    }

    @Test
    void skipsReadmeFiles() throws Exception {
        for (String name : List.of("README.TXT", "readme.txt", "README.md", "story.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(InputCollector.articleFiles(List.of(dir)))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("story.txt");
    }

    @Test
    void doesNotDescendIntoSubfolders() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("inner.txt"), "x");
        Files.writeString(dir.resolve("top.txt"), "x");
        assertThat(InputCollector.articleFiles(List.of(dir)))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("top.txt");
    }

    @Test
    void keepsPlainFilesAsGivenEvenWhenMissing() throws Exception {
        Path missing = dir.resolve("missing.txt");
        Path odd = Files.writeString(dir.resolve("odd.dat"), "x");
        assertThat(InputCollector.articleFiles(List.of(odd, missing))).containsExactly(odd, missing);
    }

    @Test
    void skipsHiddenFiles() throws Exception {
        Files.writeString(dir.resolve(".draft.txt"), "x");
        Files.writeString(dir.resolve("story.html"), "x");
        assertThat(InputCollector.articleFiles(List.of(dir)))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("story.html");
    }

    @Test
    void findsFolderManifest() throws Exception {
        assertThat(InputCollector.manifestIn(dir)).isEmpty();
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "file\n");
        assertThat(InputCollector.manifestIn(dir)).contains(manifest);
    }

    @Test
    void pairsFilesWithTheirFolderManifestEntries() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet,published\na.txt,Valley Times,2021-03-04\n");
        InputCollector.Inputs inputs = InputCollector.collect(List.of(dir), null);
        assertThat(inputs.problems()).isEmpty();
        assertThat(inputs.articles()).extracting(ArticleInput::entry)
                .containsExactly(new ManifestEntry("a.txt", "Valley Times", LocalDate.of(2021, 3, 4), null), null);
    }

    @Test
    void usesGivenManifestForEveryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("manifest.csv"), "file,outlet\na.txt,Folder Outlet\n");
        Path other = Files.writeString(dir.resolve("other.csv"), "file,outlet\na.txt,Given Outlet\n");
        InputCollector.Inputs inputs = InputCollector.collect(List.of(file), other);
        assertThat(inputs.articles().get(0).entry().outlet()).isEqualTo("Given Outlet");
    }

    @Test
    void reportsBadManifestAndStillListsFiles() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("manifest.csv"), "file,published\na.txt,yesterday\n");
        InputCollector.Inputs inputs = InputCollector.collect(List.of(dir), null);
        assertThat(inputs.articles()).extracting(ArticleInput::entry).containsExactly((ManifestEntry) null);
        assertThat(inputs.problems()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("manifest.csv").contains("line 2"));
    }

    @Test
    void collectsTheFiveSamples() throws Exception {
        assertThat(InputCollector.articleFiles(List.of(Path.of("samples")))).hasSize(5);
    }
}
