package org.crosscheck.semantic;

/** Arithmetic on embedding vectors. */
public final class Vectors {
    private Vectors() {
    }

    /** The dot product; for L2-normalised vectors (all the encoder gives) it is their cosine. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The cosine of the angle between two vectors of any length; 0 when either is zero. */
    public static double cosine(float[] a, float[] b) {
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    public static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** {@code v} scaled in place to length 1 (a zero vector stays zero); returns {@code v}. */
    public static float[] normalize(float[] v) {
        double n = norm(v);
        if (n > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / n);
            }
        }
        return v;
    }
}
