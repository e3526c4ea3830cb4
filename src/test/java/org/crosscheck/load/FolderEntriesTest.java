package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What stands in an input folder under an article's name but is no article file. */
class FolderEntriesTest {
    @TempDir
    Path dir;

    private Path in;

    @BeforeEach
    void folder() throws Exception {
        in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Bridge reopens\n\nThe bridge reopened on Monday, the city said.\n");
    }

    private List<String> problems() {
        return InputCollector.collect(List.of(in), null).problems().stream().map(LoadException::getMessage).toList();
    }

    private List<Path> articles() {
        return InputCollector.collect(List.of(in), null).articles().stream().map(ArticleInput::file).toList();
    }

    @Test
    void reportsAFolderNamedLikeATextFile() throws Exception {
        Files.writeString(Files.createDirectory(in.resolve("notes.txt")).resolve("inner.txt"), "x");

        assertThat(problems()).singleElement().asString()
                .startsWith("notes.txt: this is a folder, not a file; its contents were not read");
        assertThat(articles()).containsExactly(in.resolve("a.txt"));
    }

    @Test
    void reportsALinkLeadingOutOfTheFolderAndDoesNotReadIt() throws Exception {
        Path outside = Files.writeString(dir.resolve("private.txt"), "Private\n\nNot for this project.\n");
        Files.createSymbolicLink(in.resolve("b.txt"), outside);

        assertThat(problems()).containsExactly("b.txt: this is a link to " + outside.toRealPath()
                + ", outside the folder; it was not read");
        assertThat(articles()).containsExactly(in.resolve("a.txt"));
    }

    @Test
    void reportsALinkToAFolderNamedLikeATextFile() throws Exception {
        Files.createSymbolicLink(in.resolve("b.txt"), Files.createDirectory(in.resolve("sub")));

        assertThat(problems()).containsExactly("b.txt: this is a link to a folder, not a file; it was not read");
    }

    @Test
    void keepsALinkToAnotherFileInTheFolder() throws Exception {
        Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("a.txt"));

        assertThat(problems()).isEmpty();
        assertThat(articles()).containsExactly(in.resolve("a.txt"), in.resolve("b.txt"));
    }

    @Test
    void reportsALinkLoopByName() throws Exception {
        Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("c.txt"));
        Files.createSymbolicLink(in.resolve("c.txt"), in.resolve("b.txt"));

        assertThat(problems()).isEmpty();
        assertThat(articles()).hasSize(3);
        ArticleLoader loader = new ArticleLoader();
        for (String name : List.of("b.txt", "c.txt")) {
            assertThatLoadFails(loader, in.resolve(name), name + ": the file is a link that leads in a loop");
        }
    }

    @Test
    void loadsFilesWithOddCharactersInTheirNames() throws Exception {
        List<String> names = List.of("with space.txt", "=cmd|calc.txt", "-starts-with-dash.txt", "quote\"d 'it'.txt",
                "\u00e9t\u00e9 \u65e5\u672c.txt", "semi;colon,comma.txt", "line\nbreak.txt", "emoji \ud83d\udcf0.html");
        for (String name : names) {
            Files.writeString(in.resolve(name), "Storm report\n\nThe storm closed 12 roads on Monday, police said.\n");
        }
        InputCollector.Inputs inputs = InputCollector.collect(List.of(in), null);
        ArticleLoader loader = new ArticleLoader();
        List<String> loaded = new java.util.ArrayList<>();
        for (ArticleInput input : inputs.articles()) {
            loaded.add(loader.load(input.file(), input.entry()).name());
        }

        assertThat(inputs.problems()).isEmpty();
        assertThat(loaded).containsAll(names).contains("a.txt").hasSize(names.size() + 1);
    }

    private static void assertThatLoadFails(ArticleLoader loader, Path file, String message) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class).hasMessage(message);
    }
}
