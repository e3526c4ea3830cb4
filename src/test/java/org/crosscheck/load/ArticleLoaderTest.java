package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    private static final String STORY = """
            Flood waters rise in river town

            March 3, 2021

            RIVERTON — Flood waters rose by two metres overnight, forcing 300 families from their homes, officials said.

            The mayor said the town's levee held but that more rain was expected on Thursday.
            """;

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void refusesEmptyFileNamingIt() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void refusesWhitespaceOnlyFile() throws Exception {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n   \n");
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("blank.txt").hasMessageContaining("blank space");
    }

    @Test
    void refusesBinaryFileNamingIt() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(dir.resolve("photo.txt"), png);
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("photo.txt").hasMessageContaining("binary");
    }

    @Test
    void refusesTextFullOfControlCharacters() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path file = Files.write(dir.resolve("garbage.txt"), bytes);
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class).hasMessageContaining("binary");
    }

    @Test
    void refusesFiftyMegabyteFileBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: instant to create, refused on size alone
        }
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("huge.txt").hasMessageContaining("too large").hasMessageContaining("50.0 MB");
    }

    @Test
    void refusesFolderGivenAsFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("article.txt"));
        assertThatThrownBy(() -> loader.load(folder, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("article.txt").hasMessageContaining("folder");
    }

    @Test
    void refusesDanglingLinkNamingIt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        assertThatThrownBy(() -> loader.load(link, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("gone.txt").hasMessageContaining("does not exist");
    }

    @Test
    void refusesMissingFile() {
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.txt"), null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("missing.txt").hasMessageContaining("does not exist");
    }

    @Test
    void refusesInvalidUtf16AfterBom() throws Exception {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 0x00, (byte) 0xDC, 'i', 0}; // lone low surrogate
        Path file = Files.write(dir.resolve("broken16.txt"), bytes);
        assertThatThrownBy(() -> loader.load(file, null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("broken16.txt").hasMessageContaining("UTF-16LE");
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), STORY);
        Article article = loader.load(file, null);
        assertThat(article.originalText()).isEqualTo(STORY);
        assertThat(article.name()).isEqualTo("plain.txt");
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] body = STORY.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Article article = loader.load(Files.write(dir.resolve("bom.txt"), bytes), null);
        assertThat(article.originalText()).isEqualTo(STORY);
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        Article article = loader.load(writeWithBom("le.txt", StandardCharsets.UTF_16LE, 0xFF, 0xFE), null);
        assertThat(article.originalText()).isEqualTo(STORY);
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        Article article = loader.load(writeWithBom("be.txt", StandardCharsets.UTF_16BE, 0xFE, 0xFF), null);
        assertThat(article.originalText()).isEqualTo(STORY);
    }

    @Test
    void detectsWindows1252() throws Exception {
        String text = "Caf\u00e9 owners say \u201cbusiness is down\u201d \u2014 about 40\u00a0% since the na\u00efve plan began.\n\n"
                + "The r\u00e9gion\u2019s mayor said the town would fund a new d\u00e9p\u00f4t next year.\n";
        Path file = Files.write(dir.resolve("legacy.txt"), text.getBytes(Charset.forName("windows-1252")));
        Article article = loader.load(file, null);
        assertThat(article.originalText()).isEqualTo(text);
    }

    @Test
    void hashesFileBytesWithSha256() throws Exception {
        Path file = Files.writeString(dir.resolve("hash.txt"), STORY);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(loader.load(file, null).contentHash()).isEqualTo(expected).hasSize(64);
    }

    @Test
    void keepsPlainTextOffsetsIdentical() throws Exception {
        Article article = loader.load(Files.writeString(dir.resolve("offsets.txt"), STORY), null);
        assertThat(article.offsets().isIdentity()).isTrue();
        assertThat(article.analysisText()).hasSameSizeAs(article.originalText());
        int at = article.analysisText().indexOf("Flood waters rose");
        assertThat(at).isEqualTo(article.originalText().indexOf("Flood waters rose"));
    }

    @Test
    void blanksDateLineInAnalysisText() throws Exception {
        Article article = loader.load(Files.writeString(dir.resolve("dated.txt"), STORY), null);
        assertThat(article.analysisText()).doesNotContain("March 3, 2021").contains("Flood waters rose");
    }

    @Test
    void takesTitleFromFirstHeadingLine() throws Exception {
        Article article = loader.load(Files.writeString(dir.resolve("title.txt"), STORY), null);
        assertThat(article.title()).isEqualTo("Flood waters rise in river town");
    }

    @Test
    void prefersManifestDateAndOutlet() throws Exception {
        Path file = Files.writeString(dir.resolve("m.txt"), STORY);
        ManifestEntry entry = new ManifestEntry("m.txt", "Riverton Gazette", LocalDate.of(2021, 3, 4), null);
        Article article = loader.load(file, entry);
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(article.publishedFrom()).isEqualTo(PublishedFrom.MANIFEST);
        assertThat(article.outlet()).isEqualTo("Riverton Gazette");
    }

    @Test
    void takesDateFromTextWithoutManifest() throws Exception {
        Article article = loader.load(Files.writeString(dir.resolve("t.txt"), STORY), null);
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(article.publishedFrom()).isEqualTo(PublishedFrom.TEXT);
    }

    @Test
    void readsUtf16WithoutBom() throws Exception {
        Path file = Files.write(dir.resolve("nobom.txt"), STORY.getBytes(StandardCharsets.UTF_16LE));
        assertThat(loader.load(file, null).originalText()).isEqualTo(STORY);
    }

    @Test
    void acceptsSmallerSizeLimit() throws Exception {
        Path file = Files.writeString(dir.resolve("limit.txt"), STORY);
        assertThatThrownBy(() -> new ArticleLoader(100).load(file, null))
                .isInstanceOf(LoadException.class).hasMessageContaining("too large");
    }

    @Test
    void exposesFileAndProblemOnRefusal() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        LoadException refusal = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class,
                () -> loader.load(file, null));
        assertThat(refusal.file()).isEqualTo(file);
        assertThat(refusal.problem()).isEqualTo("the file is empty");
        assertThat(refusal.getMessage()).isEqualTo("empty.txt: the file is empty");
    }

    private Path writeWithBom(String name, Charset charset, int b0, int b1) throws Exception {
        byte[] body = STORY.getBytes(charset);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) b0;
        bytes[1] = (byte) b1;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return Files.write(dir.resolve(name), bytes);
    }
}
