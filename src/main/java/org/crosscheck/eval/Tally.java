package org.crosscheck.eval;

/** {@code hits} of {@code of}: a figure like "right 3/12" or "pairs 49/107". */
public record Tally(int hits, int of) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally plus(Tally other) {
        return new Tally(hits + other.hits, of + other.of);
    }

    public Tally add(boolean hit) {
        return new Tally(hits + (hit ? 1 : 0), of + 1);
    }

    /** The share in percent; {@code NaN} when nothing was counted. */
    public double percent() {
        return of == 0 ? Double.NaN : 100.0 * hits / of;
    }

    public boolean all() {
        return of > 0 && hits == of;
    }

    @Override
    public String toString() {
        return hits + "/" + of;
    }
}
