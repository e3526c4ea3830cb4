package org.crosscheck.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Turns texts into L2-normalised sentence vectors with all-MiniLM-L6-v2 (quantized), in process
 * through ONNX Runtime: word pieces (at most 256), the model, the mean of the token vectors over
 * the attention mask, as sentence-transformers does. The model is run here rather than through
 * langchain4j's model class, which tokenizes every text twice and parallelises through a thread
 * pool of its own.
 *
 * <p>One text per model call, texts in parallel, one ONNX Runtime thread per call: the quantized
 * graph quantizes its activations with one scale per tensor, so in a padded batch a text's vector
 * would depend on the texts beside it (cosine to its own vector down to 0.98, measured), and a
 * text must get the same vector in any project and any run, because stored vectors are reused.
 * Batching bought little on two cores anyway (decision 0012).
 *
 * <p>The model takes about half a second to load, so there is one encoder per process
 * ({@link #shared()}). {@link #encode} is thread-safe (an ONNX Runtime session may be run from
 * several threads); one call already uses every core.
 */
public final class SentenceEncoder {
    /** Vector length of all-MiniLM-L6-v2. */
    public static final int DIMENSIONS = 384;
    /** sentence-transformers truncates this model's input at 256 word pieces; claim texts are far shorter. */
    private static final int MAX_TOKENS = 256;

    /** The bundled model's name as stored with its vectors, known without loading it. */
    public static final String BUNDLED_MODEL = ModelFiles.bundled().name();

    private static volatile SentenceEncoder shared;

    private final ModelFiles files;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final long loadMillis;

    /** Loads the model from {@code files} with ONNX Runtime using {@code threads} threads per run. */
    SentenceEncoder(ModelFiles files, int threads) {
        long started = System.nanoTime();
        this.files = files;
        byte[] model = files.modelBytes();
        byte[] tokenizerJson = files.tokenizerBytes();
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(model, options);
        } catch (OrtException e) {
            throw new ModelException(files, files.model() + " from " + files.origin()
                    + " is damaged or no ONNX model (" + e.getMessage() + ")", e);
        }
        Set<String> inputs = session.getInputNames();
        if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
            throw new ModelException(files, files.model() + " from " + files.origin()
                    + " is no BERT encoder: its inputs are " + inputs, null);
        }
        this.typeIds = inputs.contains("token_type_ids");
        try {
            this.tokenizer = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson), Map.of(
                    "addSpecialTokens", "true", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS),
                    "padding", "false"));
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            throw new ModelException(files, files.tokenizer() + " from " + files.origin()
                    + " is damaged or no tokenizer (" + e.getMessage() + ")", e);
        }
        float[] probe = encode(List.of("probe")).get(0);
        if (probe.length != DIMENSIONS) {
            throw new ModelException(files, files.model() + " gives vectors of " + probe.length
                    + " dimensions, not " + DIMENSIONS, null);
        }
        this.loadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** The process-wide encoder of the bundled model, loaded on first use, running on every core. */
    public static SentenceEncoder shared() {
        SentenceEncoder instance = shared;
        if (instance == null) {
            synchronized (SentenceEncoder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new SentenceEncoder(ModelFiles.bundled(), 1);
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /** The model's name as stored with its vectors. */
    public String modelName() {
        return files.name();
    }

    /** How long loading the model took. */
    public long loadMillis() {
        return loadMillis;
    }

    /**
     * One L2-normalised vector of {@link #DIMENSIONS} floats per text, in the texts' order. Texts run
     * one per model call, on every core at once (the common fork-join pool).
     */
    public List<float[]> encode(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        IntStream.range(0, texts.size()).parallel()
                .forEach(i -> vectors[i] = run(new Encoding[] {tokenizer.encode(texts.get(i))})[0]);
        return List.of(vectors);
    }

    /** One model run over a batch (of one text, see above): pads to the longest, mean-pools the real tokens, normalises. */
    private float[][] run(Encoding[] batch) {
        int rows = batch.length;
        int length = Arrays.stream(batch).mapToInt(e -> e.getIds().length).max().orElse(0);
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        long[] types = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            long[] id = batch[r].getIds();
            System.arraycopy(id, 0, ids, r * length, id.length);
            System.arraycopy(batch[r].getAttentionMask(), 0, mask, r * length, id.length);
            System.arraycopy(batch[r].getTypeIds(), 0, types, r * length, id.length);
        }
        long[] shape = {rows, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] dims = hidden.getInfo().getShape();
                if (dims.length != 3 || dims[0] != rows || dims[1] != length) {
                    throw new ModelException(files, files.model() + " answers in shape " + Arrays.toString(dims)
                            + ", not [texts, tokens, dimensions]", null);
                }
                return meanPool(hidden.getFloatBuffer(), mask, rows, length, (int) dims[2]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The sentence-embedding model " + files.name() + " failed on a batch of "
                    + rows + " texts: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[][] meanPool(FloatBuffer hidden, long[] mask, int rows, int length, int dims) {
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            float[] v = out[r];
            int tokens = 0;
            for (int t = 0; t < length; t++) {
                if (mask[r * length + t] == 0) {
                    continue;
                }
                tokens++;
                int base = (r * length + t) * dims;
                for (int d = 0; d < dims; d++) {
                    v[d] += hidden.get(base + d);
                }
            }
            for (int d = 0; d < dims && tokens > 0; d++) {
                v[d] /= tokens;
            }
            Vectors.normalize(v);
        }
        return out;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException ignored) {
            // the session failed to be of use; nothing of it is kept
        }
    }

    /** For messages and the benchmark. */
    @Override
    public String toString() {
        return files.name() + " (" + files.origin() + ")";
    }
}
