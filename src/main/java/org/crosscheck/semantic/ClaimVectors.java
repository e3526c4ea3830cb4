package org.crosscheck.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;

/**
 * Each claim's sentence vector and context vector ({@link ClaimTexts}), by claim id. A text is
 * encoded once however many claims share it (a sentence holds several values), and a text whose
 * vector was stored before is not encoded at all: only {@link #added()} is new. Immutable, so
 * safe to read from the alignment's threads.
 */
public final class ClaimVectors {
    /** No vectors: every lookup finds none (alignment without the model, as in unit tests of the rules). */
    public static final ClaimVectors NONE = new ClaimVectors("", Map.of(), Map.of(), Map.of(), Map.of());

    private final String model;
    private final Map<String, String> sentenceHash;
    private final Map<String, String> contextHash;
    private final Map<String, float[]> byHash;
    private final Map<String, float[]> added;

    private ClaimVectors(String model, Map<String, String> sentenceHash, Map<String, String> contextHash,
                         Map<String, float[]> byHash, Map<String, float[]> added) {
        this.model = model;
        this.sentenceHash = sentenceHash;
        this.contextHash = contextHash;
        this.byHash = byHash;
        this.added = added;
    }

    /**
     * The vectors of {@code claims}: those in {@code stored} (text hash to vector, of this
     * encoder's model) are taken as they are, the other texts encoded in one call.
     */
    public static ClaimVectors build(List<Claim> claims, SentenceEncoder encoder, Map<String, float[]> stored) {
        Map<String, String> sentenceHash = new HashMap<>();
        Map<String, String> contextHash = new HashMap<>();
        Map<String, String> missing = new LinkedHashMap<>(); // hash -> text, in first-seen order
        Map<String, float[]> byHash = new HashMap<>();
        for (Claim c : claims) {
            note(c.id(), ClaimTexts.sentence(c), sentenceHash, stored, byHash, missing);
            note(c.id(), ClaimTexts.context(c), contextHash, stored, byHash, missing);
        }
        Map<String, float[]> added = new HashMap<>();
        if (!missing.isEmpty()) {
            List<String> hashes = new ArrayList<>(missing.keySet());
            List<float[]> vectors = encoder.encode(new ArrayList<>(missing.values()));
            for (int i = 0; i < hashes.size(); i++) {
                added.put(hashes.get(i), vectors.get(i));
            }
            byHash.putAll(added);
        }
        return new ClaimVectors(encoder.modelName(), sentenceHash, contextHash, byHash, added);
    }

    private static void note(String id, String text, Map<String, String> hashes, Map<String, float[]> stored,
                             Map<String, float[]> byHash, Map<String, String> missing) {
        if (text.isBlank()) {
            return;
        }
        String hash = hash(text);
        hashes.put(id, hash);
        if (byHash.containsKey(hash) || missing.containsKey(hash)) {
            return;
        }
        float[] known = stored.get(hash);
        if (known != null && known.length == SentenceEncoder.DIMENSIONS) {
            byHash.put(hash, known);
        } else {
            missing.put(hash, text);
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
        String hash = sentenceHash.get(claimId);
        return hash == null ? null : byHash.get(hash);
    }

    /** The claim's context vector (for a statement, its words' vector), or null. */
    public float[] context(String claimId) {
        String hash = contextHash.get(claimId);
        return hash == null ? null : byHash.get(hash);
    }

    /** Cosine of the two claims' sentence vectors; NaN when either has none. */
    public double sentenceSimilarity(Claim a, Claim b) {
        return cosine(sentence(a.id()), sentence(b.id()));
    }

    /** Cosine of the two claims' context vectors (statements: of their words); NaN when either has none. */
    public double contextSimilarity(Claim a, Claim b) {
        return cosine(context(a.id()), context(b.id()));
    }

    private static double cosine(float[] a, float[] b) {
        return a == null || b == null ? Double.NaN : Vectors.dot(a, b);
    }

    /** The model the vectors come from (empty for {@link #NONE}). */
    public String model() {
        return model;
    }

    /** Vectors encoded by this build, by text hash: what the store does not have yet. */
    public Map<String, float[]> added() {
        return Collections.unmodifiableMap(added);
    }

    /** Every text hash the claims use, stored before or added. */
    public Set<String> hashes() {
        return Collections.unmodifiableSet(byHash.keySet());
    }
}
