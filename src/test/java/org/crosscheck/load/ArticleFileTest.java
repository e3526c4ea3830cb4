package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an article file that is not what it seems, or not still. */
class ArticleFileTest {
    private static final String ARTICLE = "Bridge reopens\n\nThe bridge reopened on Monday after repairs, the city said.\n";

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void refusesAPipeNamedLikeATextFileWithoutWaitingOnIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertThatThrownBy(() -> loader.load(fifo, null)).isInstanceOf(LoadException.class)
                .hasMessage("pipe.txt: this is not a regular file (a device, pipe or socket); it was not read");
    }

    @Test
    void refusesALinkToADeviceWithoutReadingIt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));

        assertThatThrownBy(() -> loader.load(link, null)).isInstanceOf(LoadException.class)
                .hasMessageContaining("zero.txt: this is not a regular file");
    }

    @Test
    void reportsAFileThatDisappearsAfterTheFolderWasListed() throws Exception {
        Files.writeString(dir.resolve("gone.txt"), ARTICLE);
        List<ArticleInput> inputs = InputCollector.collect(List.of(dir), null).articles();
        Files.delete(dir.resolve("gone.txt"));

        assertThatThrownBy(() -> loader.load(inputs.get(0).file(), null)).isInstanceOf(LoadException.class)
                .hasMessage("gone.txt: the file does not exist");
    }

    @Test
    void readsAFileBeingWrittenWholeOrReportsThatItChanged() throws Exception {
        Path growing = Files.writeString(dir.resolve("growing.txt"), ARTICLE);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.APPEND)) {
                while (writing.get()) {
                    out.write("More of the report follows here, line after line.\n".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        int changed = 0;
        int whole = 0;
        try {
            for (int i = 0; i < 200; i++) {
                try {
                    Article article = loader.load(growing, null);
                    // a read that succeeded is one consistent state of the file: its hash is that of its text
                    assertThat(article.contentHash()).isEqualTo(sha256(article.originalText()));
                    whole++;
                } catch (LoadException e) {
                    assertThat(e.getMessage()).matches("growing.txt: (the file changed while it was being read.*"
                            + "|the file is too large.*)");
                    changed++;
                }
            }
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(changed + whole).isEqualTo(200);
    }

    @Test
    void neverReadsMoreThanTheLimitFromAFileThatGrowsPastIt() throws Exception {
        Path file = Files.writeString(dir.resolve("small.txt"), ARTICLE);
        ArticleLoader tight = new ArticleLoader(ARTICLE.length());
        Files.writeString(file, ARTICLE.repeat(3));

        assertThatThrownBy(() -> tight.load(file, null)).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("small.txt: the file is too large");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
