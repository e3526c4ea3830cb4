package org.crosscheck.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.Set;

/**
 * Sentence vectors to store with an analysis: those newly encoded, and the text hashes the
 * analysis uses. Vectors are kept by the model's name and the text's hash, so a text met again
 * (reopening, re-analysing, a review decision) is never encoded again; vectors of texts no
 * claim uses any more, and of other models, go when the analysis is saved.
 *
 * @param model the model's name (a new model or version is a new name)
 * @param added text hash to vector, encoded since the last save
 * @param used  every text hash the saved claims use, added ones included
 */
public record TextVectors(String model, Map<String, float[]> added, Set<String> used) {
    public TextVectors {
        added = Map.copyOf(added);
        used = Set.copyOf(used);
    }

    /** Float32, little-endian: exact, so a stored vector is the vector that was encoded. */
    static byte[] encode(float[] vector) {
        ByteBuffer b = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(vector);
        return b.array();
    }

    static float[] decode(byte[] blob) {
        float[] v = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
