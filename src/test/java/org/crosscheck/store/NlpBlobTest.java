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

    /** Found by ProjectFileFuzzTest: a count of Integer.MAX_VALUE made decode allocate for 24 s. */
    @Test
    void refusesACountLargerThanTheTextAtOnce() throws IOException {
        byte[] blob = rawBlob(out -> {
            out.writeInt(1);
            out.writeInt(3);
            out.write("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.writeBoolean(true);
            out.writeInt(3);
            out.writeInt(Integer.MAX_VALUE); // offset table "length"
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> NlpBlob.decode(blob)).isInstanceOf(IOException.class)
                .hasMessageContaining("a count of 2147483647");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void refusesAPassageOutsideTheText() throws IOException {
        byte[] blob = rawBlob(out -> {
            out.writeInt(1);
            out.writeInt(3);
            out.write("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.writeBoolean(false);
            out.writeInt(1); // one passage
            out.writeInt(0);
            out.writeInt(400); // ending far past the text
        });
        assertThatThrownBy(() -> NlpBlob.decode(blob)).isInstanceOf(IOException.class)
                .hasMessageContaining("offset 400 outside a text of 3 characters");
    }

    private interface Writing {
        void to(java.io.DataOutputStream out) throws IOException;
    }

    private static byte[] rawBlob(Writing writing) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.util.zip.DeflaterOutputStream(bytes))) {
            writing.to(out);
        }
        return bytes.toByteArray();
    }
}
