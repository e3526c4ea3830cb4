package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.crosscheck.load.OffsetMap;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.junit.jupiter.api.Test;

class NlpBlobTest {
    @Test
    void keepsNullFieldsAndTextsLongerThan64Kilobytes() throws IOException {
        String longText = "Ünïcödé – “quotes” ".repeat(10_000);
        AnnotatedDocument nlp = new AnnotatedDocument("a.txt", List.of(new Sentence(0, 0, 5, longText,
                List.of(new Token(0, 0, 5, "words", null, "NNS", "O")),
                List.of(new Mention(0, 5, "words", null, null, 0, 1, null)))));

        NlpBlob.Content back = NlpBlob.decode(NlpBlob.encode(
                new NlpBlob.Content(longText, OffsetMap.identity(), List.of(), nlp)));

        assertThat(back.analysisText()).isEqualTo(longText);
        assertThat(back.nlp()).isEqualTo(nlp);
    }

    @Test
    void rejectsDamagedBytes() {
        assertThatThrownBy(() -> NlpBlob.decode(new byte[] {1, 2, 3, 4})).isInstanceOf(IOException.class);
    }
}
