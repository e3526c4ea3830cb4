package org.crosscheck.eval;

/**
 * Precision and recall of one relation over the labelled pairs.
 *
 * @param predicted pairs the analysis put in this relation
 * @param expected pairs labelled with this relation
 * @param correct pairs both labelled and predicted with it
 */
public record StatusMetrics(Relation relation, int predicted, int expected, int correct) {

    /** Correct among predicted; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Correct among expected; 0 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 0 : (double) correct / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
