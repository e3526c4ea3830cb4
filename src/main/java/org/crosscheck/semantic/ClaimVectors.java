package org.crosscheck.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.crosscheck.claims.Claim;

/**
 * Each claim's sentence vector and context vector ({@link ClaimTexts}), by claim id. A text has
 * one vector however many claims share it (a sentence holds several values); a vector stored
 * before is taken as it is; any other is encoded when first asked for, so a run pays only for the
 * texts the alignment compares (encoding every claim text costs more than the NLP budget allows,
 * decision 0012). {@link #added()} is what was encoded, for the store.
 *
 * <p>Thread-safe: the alignment asks from its worker threads. The first call for a text not stored
 * costs one model run (about 2-4 ms on this machine); later calls cost a map lookup. Two threads
 * asking for one new text at once may both encode it; they get the same vector.
 */
public final class ClaimVectors {
    /** No vectors: every lookup finds none (alignment without the model, as in unit tests of the rules). */
    public static final ClaimVectors NONE = new ClaimVectors("", Map.of(), Map.of(), Map.of(), Map.of(), () -> null);

    private final String model;
    private final Map<String, String> sentenceHash;
    private final Map<String, String> contextHash;
    private final Map<String, String> texts;
    private final Map<String, float[]> known;
    private final Map<String, float[]> added = new ConcurrentHashMap<>();
    private final Supplier<SentenceEncoder> encoder;
    private final AtomicLong encodeNanos = new AtomicLong();

    private ClaimVectors(String model, Map<String, String> sentenceHash, Map<String, String> contextHash,
                         Map<String, String> texts, Map<String, float[]> known, Supplier<SentenceEncoder> encoder) {
        this.model = model;
        this.sentenceHash = sentenceHash;
        this.contextHash = contextHash;
        this.texts = texts;
        this.known = known;
        this.encoder = encoder;
    }

    /**
     * The vectors of {@code claims} by {@code model}: those in {@code stored} (text hash to vector)
     * are taken as they are; the others are encoded on demand by {@code encoder}, which is asked for
     * only then (a project whose vectors are all stored never loads the model).
     */
    public static ClaimVectors of(List<Claim> claims, String model, Supplier<SentenceEncoder> encoder,
                                  Map<String, float[]> stored) {
        Map<String, String> sentenceHash = new HashMap<>();
        Map<String, String> contextHash = new HashMap<>();
        Map<String, String> texts = new LinkedHashMap<>(); // hash -> text, in first-seen order
        for (Claim c : claims) {
            note(c.id(), ClaimTexts.sentence(c), sentenceHash, texts);
            note(c.id(), ClaimTexts.context(c), contextHash, texts);
        }
        Map<String, float[]> known = new HashMap<>();
        texts.keySet().forEach(hash -> {
            float[] v = stored.get(hash);
            if (v != null && v.length == SentenceEncoder.DIMENSIONS) {
                known.put(hash, v);
            }
        });
        return new ClaimVectors(model, sentenceHash, contextHash, texts, known, encoder);
    }

    /** As {@link #of}, with the given encoder and its model. */
    public static ClaimVectors build(List<Claim> claims, SentenceEncoder encoder, Map<String, float[]> stored) {
        return of(claims, encoder.modelName(), () -> encoder, stored);
    }

    private static void note(String id, String text, Map<String, String> hashes, Map<String, String> texts) {
        if (!text.isBlank()) {
            String hash = hash(text);
            hashes.put(id, hash);
            texts.putIfAbsent(hash, text);
        }
    }

    /** The key a text's vector is stored under (with the model's name): SHA-256 of its UTF-8, 32 hex digits. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The claim's sentence vector, or null (no such claim, an empty sentence, or {@link #NONE}). */
    public float[] sentence(String claimId) {
        return vector(sentenceHash.get(claimId));
    }

    /** The claim's context vector (for a statement, its words' vector), or null. */
    public float[] context(String claimId) {
        return vector(contextHash.get(claimId));
    }

    /** Cosine of the two claims' sentence vectors; NaN when either has none. */
    public double sentenceSimilarity(Claim a, Claim b) {
        return cosine(sentence(a.id()), sentence(b.id()));
    }

    /** Cosine of the two claims' context vectors (statements: of their words); NaN when either has none. */
    public double contextSimilarity(Claim a, Claim b) {
        return cosine(context(a.id()), context(b.id()));
    }

    /**
     * Encodes now, on every core, every text of the claims not stored or encoded yet: for work that
     * will ask for most vectors anyway (a rule over all pairs), or to measure the full cost.
     */
    public void encodeAll() {
        List<String> hashes = new ArrayList<>();
        texts.keySet().forEach(h -> {
            if (!known.containsKey(h) && !added.containsKey(h)) {
                hashes.add(h);
            }
        });
        if (!hashes.isEmpty()) {
            List<String> batch = hashes.stream().map(texts::get).toList();
            long start = System.nanoTime();
            List<float[]> vectors = encoder.get().encode(batch);
            encodeNanos.addAndGet(System.nanoTime() - start);
            for (int i = 0; i < hashes.size(); i++) {
                added.putIfAbsent(hashes.get(i), vectors.get(i));
            }
        }
    }

    private float[] vector(String hash) {
        if (hash == null) {
            return null;
        }
        float[] v = known.get(hash);
        if (v == null) {
            v = added.get(hash);
        }
        if (v == null) {
            long start = System.nanoTime();
            float[] encoded = encoder.get().encode(List.of(texts.get(hash))).get(0);
            encodeNanos.addAndGet(System.nanoTime() - start);
            v = Objects.requireNonNullElse(added.putIfAbsent(hash, encoded), encoded);
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        return a == null || b == null ? Double.NaN : Vectors.dot(a, b);
    }

    /** The model the vectors come from (empty for {@link #NONE}). */
    public String model() {
        return model;
    }

    /** Vectors encoded so far, by text hash: what the store does not have yet. */
    public Map<String, float[]> added() {
        return Collections.unmodifiableMap(new HashMap<>(added));
    }

    /** Every text hash the claims use, stored, encoded or not (yet): the vectors worth keeping. */
    public Set<String> hashes() {
        return Collections.unmodifiableSet(new HashSet<>(texts.keySet()));
    }

    /** Time spent encoding so far, summed over the threads that asked. */
    public long encodeNanos() {
        return encodeNanos.get();
    }
}
