package org.crosscheck.eval;

import java.util.List;

/**
 * What the development set asks of the comparison: every core fact right, three quarters of the
 * stretch facts, nine in ten pairs of documents in one row, and DISAGREE rows that are almost
 * never false (a false disagreement costs a researcher most; decision 0008).
 */
public final class CorpusTargets {

    public static final double STRETCH_PERCENT = 75;
    public static final double PAIRS_PERCENT = 90;
    public static final double DISAGREE_TRUE_PERCENT = 95;

    /** One target, its figure and whether the figure meets it (a figure of nothing meets none). */
    public record Target(String name, Tally figure, boolean met) {
    }

    private CorpusTargets() {
    }

    public static List<Target> check(CorpusResult result) {
        return List.of(
                new Target("every core fact right", result.core(), result.core().all()),
                atLeast("stretch right", result.stretch(), STRETCH_PERCENT),
                atLeast("pairs in one row", result.pairs(), PAIRS_PERCENT),
                atLeast("DISAGREE rows true", result.disagreeTrue(), DISAGREE_TRUE_PERCENT));
    }

    private static Target atLeast(String what, Tally figure, double percent) {
        return new Target(what + " >= " + (int) percent + "%", figure, figure.of() > 0 && figure.percent() >= percent);
    }
}
