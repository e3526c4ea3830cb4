package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An article's bytes read elsewhere (another file system, a JSON line) load as the file does. */
class ArticleBytesTest {

    private static final Path SAMPLE = Path.of("samples/002_b8fcfa02192d3b24.txt");

    @Test
    void bytesLoadAsTheFileLoads() throws Exception {
        ArticleLoader loader = new ArticleLoader();

        Article fromBytes = loader.load(SAMPLE, Files.readAllBytes(SAMPLE), null);

        assertThat(fromBytes).usingRecursiveComparison().isEqualTo(loader.load(SAMPLE, null));
    }

    @Test
    void tooManyBytesAreRefusedNamingTheLimit() {
        ArticleLoader loader = new ArticleLoader(1024);

        assertThatThrownBy(() -> loader.load(Path.of("big.txt"), new byte[2048], null))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("big.txt").hasMessageContaining("too large");
    }

    @Test
    void noBytesAreAnEmptyFile() {
        assertThatThrownBy(() -> new ArticleLoader().load(Path.of("none.txt"), new byte[0], null))
                .isInstanceOf(LoadException.class).hasMessageContaining("the file is empty");
    }
}
