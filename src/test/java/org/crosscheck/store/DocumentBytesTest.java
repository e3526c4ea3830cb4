package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.crosscheck.load.Article;
import org.crosscheck.load.ArticleLoader;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** A document moved between processes as bytes comes back field for field. */
class DocumentBytesTest {

    @Test
    void aDecodedDocumentIsTheEncodedOne() throws Exception {
        Article article = new ArticleLoader().load(Path.of("samples/000_1a1ccef1600b2547.txt"), null);
        StoredDocument document = new StoredDocument(article, CoreNlpAnnotator.shared()
                .annotate(article.name(), article.analysisText(), article.published()));

        StoredDocument back = DocumentBytes.decode(DocumentBytes.encode(document));

        assertThat(back.nlp()).isEqualTo(document.nlp());
        assertThat(back.article()).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void damagedBytesAreRefusedWithAReason() throws Exception {
        Article article = new ArticleLoader().load(Path.of("samples/001_2ba6aa2364cfd342.txt"), null);
        StoredDocument document = new StoredDocument(article, CoreNlpAnnotator.shared()
                .annotate(article.name(), article.analysisText(), article.published()));
        byte[] bytes = DocumentBytes.encode(document);

        assertThatThrownBy(() -> DocumentBytes.decode(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damaged");
    }
}
