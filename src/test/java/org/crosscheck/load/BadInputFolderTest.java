package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input folder: every problem reported under the file's name, the good files loaded. */
class BadInputFolderTest {
    @TempDir
    Path dir;

    @Test
    void reportsEachBadFileAndLoadsTheGoodOnes() throws Exception {
        Files.writeString(dir.resolve("a_good.txt"), "Bridge reopens after repairs\n\n"
                + "The bridge reopened on Monday after six months of repairs, the city said.\n");
        Files.write(dir.resolve("b_empty.txt"), new byte[0]);
        Files.write(dir.resolve("c_binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00});
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("d_huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.write(dir.resolve("e_legacy.txt"), ("Caf\u00e9 prices rise\n\nThe caf\u00e9\u2019s owner said prices"
                + " rose by 10\u00a0% in M\u00e4rz.\n").getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("f_truncated.html"), "<html><body><article><h1>Mill fire</h1>"
                + "<p>Firefighters fought a blaze at the mill for six hours, the fire service said.</p><p>Two wor");
        Files.createSymbolicLink(dir.resolve("g_unreadable.txt"), dir.resolve("no-such-target.txt"));

        InputCollector.Inputs inputs = InputCollector.collect(List.of(dir), null);
        ArticleLoader loader = new ArticleLoader();
        List<String> loaded = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ArticleInput input : inputs.articles()) {
            try {
                loaded.add(loader.load(input.file(), input.entry()).name());
            } catch (LoadException e) {
                refused.add(e.getMessage());
            }
        }

        assertThat(loaded).containsExactly("a_good.txt", "e_legacy.txt", "f_truncated.html");
        assertThat(refused).hasSize(4);
        assertThat(refused.get(0)).startsWith("b_empty.txt: ").contains("empty");
        assertThat(refused.get(1)).startsWith("c_binary.txt: ").contains("binary");
        assertThat(refused.get(2)).startsWith("d_huge.txt: ").contains("too large");
        assertThat(refused.get(3)).startsWith("g_unreadable.txt: ").contains("does not exist");
    }
}
