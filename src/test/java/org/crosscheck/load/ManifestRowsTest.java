package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifest rows that match no file are reported (manifest, line, reason) and never read. */
class ManifestRowsTest {
    @TempDir
    Path dir;

    private Path in;
    private Path secret;

    @BeforeEach
    void folders() throws Exception {
        in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Bridge reopens\n\nThe bridge reopened on Monday, the city said.\n");
        secret = Files.writeString(Files.createDirectory(dir.resolve("outside")).resolve("secret.txt"),
                "Private notes\n\nNot an article for this project.\n");
    }

    private InputCollector.Inputs collectWithManifest(String rows) throws Exception {
        Files.writeString(in.resolve("manifest.csv"), "file,outlet\na.txt,Gazette\n" + rows);
        return InputCollector.collect(List.of(in), null);
    }

    private static List<String> messages(InputCollector.Inputs inputs) {
        return inputs.problems().stream().map(LoadException::getMessage).toList();
    }

    @Test
    void reportsManifestRowOutsideTheInputFolder() throws Exception {
        InputCollector.Inputs inputs = collectWithManifest("../outside/secret.txt,Leak\n");

        assertThat(messages(inputs)).containsExactly("manifest.csv: line 3 of the manifest names"
                + " '../outside/secret.txt', which is outside the manifest's folder; that file was not read");
        assertThat(inputs.articles()).extracting(ArticleInput::file).containsExactly(in.resolve("a.txt"));
    }

    @Test
    void reportsManifestRowWithAnAbsolutePath() throws Exception {
        InputCollector.Inputs inputs = collectWithManifest(secret.toAbsolutePath() + ",Leak\n");

        assertThat(messages(inputs)).singleElement().asString()
                .startsWith("manifest.csv: line 3 of the manifest names '" + secret.toAbsolutePath() + "'")
                .contains("an absolute path");
        assertThat(inputs.articles()).extracting(ArticleInput::file).containsExactly(in.resolve("a.txt"));
    }

    @Test
    void reportsManifestRowNamingAMissingFile() throws Exception {
        InputCollector.Inputs inputs = collectWithManifest("b.txt,Herald\n");

        assertThat(messages(inputs)).containsExactly("manifest.csv: line 3 of the manifest names 'b.txt', which is"
                + " not an article file in the folder (.txt, .html, .htm); the row was not used");
    }

    @Test
    void reportsManifestRowNamingAFileInASubFolder() throws Exception {
        Files.writeString(Files.createDirectory(in.resolve("sub")).resolve("c.txt"), "Text\n\nMore text here.\n");
        InputCollector.Inputs inputs = collectWithManifest("sub/c.txt,Herald\n");

        assertThat(messages(inputs)).singleElement().asString().contains("line 3", "'sub/c.txt'", "sub-folder");
        assertThat(inputs.articles()).hasSize(1);
    }

    @Test
    void reportsGivenManifestRowOutsideTheFolders() throws Exception {
        Path given = Files.writeString(dir.resolve("given.csv"), "file,outlet\na.txt,Gazette\n../outside/secret.txt,X\n");

        InputCollector.Inputs inputs = InputCollector.collect(List.of(in), given);

        assertThat(messages(inputs)).singleElement().asString()
                .startsWith("given.csv: line 3 of the manifest names '../outside/secret.txt', which is outside");
        assertThat(inputs.articles().get(0).entry().outlet()).isEqualTo("Gazette");
    }

    @Test
    void givenManifestRowsOfFilesNotGivenThisTimeAreNoProblem() throws Exception {
        Path given = Files.writeString(dir.resolve("given.csv"), "file,outlet\na.txt,Gazette\nz.txt,Herald\n");

        assertThat(InputCollector.collect(List.of(in), given).problems()).isEmpty();
    }

    @Test
    void rowsOfFilesInTheFolderThatWereNotGivenAreNoProblem() throws Exception {
        Files.writeString(in.resolve("b.txt"), "Other\n\nAnother article in the folder.\n");
        Files.writeString(in.resolve("manifest.csv"), "file,outlet\na.txt,Gazette\nb.txt,Herald\n");

        InputCollector.Inputs inputs = InputCollector.collect(List.of(in.resolve("a.txt")), null);

        assertThat(inputs.problems()).isEmpty();
    }

    @Test
    void refusesAManifestLargerThanTheLimitUnread() throws Exception {
        Path manifest = in.resolve("manifest.csv");
        try (var big = new java.io.RandomAccessFile(manifest.toFile(), "rw")) {
            big.setLength(Manifest.MAX_BYTES + 1);
        }
        InputCollector.Inputs inputs = InputCollector.collect(List.of(in), null);

        assertThat(messages(inputs)).singleElement().asString().startsWith("manifest.csv: the manifest is too large");
        assertThat(inputs.articles()).extracting(ArticleInput::entry).containsExactly((ManifestEntry) null);
    }
}
