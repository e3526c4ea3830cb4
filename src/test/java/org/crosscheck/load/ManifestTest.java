package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path dir;

    private Path write(String csv) throws Exception {
        return Files.writeString(dir.resolve("manifest.csv"), csv);
    }

    @Test
    void readsColumnsInAnyOrderIgnoringExtras() throws Exception {
        Manifest manifest = Manifest.read(write("""
                url,notes,published,file,outlet
                http://example.org/a,checked,2020-09-27,a.txt,The Example
                """));
        ManifestEntry entry = manifest.entryFor("a.txt").orElseThrow();
        assertThat(entry).isEqualTo(new ManifestEntry("a.txt", "The Example", LocalDate.of(2020, 9, 27),
                "http://example.org/a"));
    }

    @Test
    void treatsEmptyFieldsAsUnknown() throws Exception {
        Manifest manifest = Manifest.read(write("file,outlet,published,url\nb.txt,,,\n"));
        assertThat(manifest.entryFor("b.txt").orElseThrow())
                .isEqualTo(new ManifestEntry("b.txt", null, null, null));
    }

    @Test
    void readsQuotedFieldsWithCommas() throws Exception {
        Manifest manifest = Manifest.read(write("file,outlet\n\"c.txt\",\"News, Inc.\"\n"));
        assertThat(manifest.entryFor("c.txt").orElseThrow().outlet()).isEqualTo("News, Inc.");
    }

    @Test
    void toleratesByteOrderMarkAndMissingColumns() throws Exception {
        Manifest manifest = Manifest.read(write("\uFEFFFile,Published\nd.txt,2021-01-02\n"));
        assertThat(manifest.entryFor("d.txt").orElseThrow().published()).isEqualTo(LocalDate.of(2021, 1, 2));
    }

    @Test
    void knowsNothingAboutUnlistedFiles() throws Exception {
        Manifest manifest = Manifest.read(write("file,outlet\na.txt,X\n"));
        assertThat(manifest.entryFor("other.txt")).isEmpty();
        assertThat(Manifest.empty().entryFor("a.txt")).isEmpty();
    }

    @Test
    void refusesBadDateNamingManifestAndLine() throws Exception {
        Path file = write("file,outlet,published\na.txt,X,2020-09-27\nb.txt,Y,27/09/2020\n");
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("manifest.csv").hasMessageContaining("line 3")
                .hasMessageContaining("27/09/2020");
    }

    @Test
    void refusesManifestWithoutFileColumn() throws Exception {
        Path file = write("name,outlet\na.txt,X\n");
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("manifest.csv").hasMessageContaining("'file' column");
    }

    @Test
    void refusesRowWithoutFileName() throws Exception {
        Path file = write("file,outlet\na.txt,X\n,Y\n");
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(LoadException.class).hasMessageContaining("line 3");
    }

    @Test
    void refusesUnterminatedQuoteNamingManifest() throws Exception {
        Path file = write("file,outlet\n\"a.txt,X\n");
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(LoadException.class).hasMessageContaining("manifest.csv");
    }

    @Test
    void readsSampleManifest() throws Exception {
        Manifest manifest = Manifest.read(Path.of("samples", "manifest.csv"));
        assertThat(manifest.entries()).hasSize(5);
        assertThat(manifest.entryFor("000_1a1ccef1600b2547.txt").orElseThrow().outlet())
                .isEqualTo("The Washington Post");
    }
}
