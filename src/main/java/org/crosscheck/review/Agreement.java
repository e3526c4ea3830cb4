package org.crosscheck.review;

import java.util.Locale;

/**
 * How far two researchers' reviews of one story agree.
 *
 * @param claims          claims compared (in the articles both reviewed, found in both)
 * @param statusKappa     Cohen's kappa of the status (agree, disagree, single) of each claim's fact
 *                        as each researcher left it, over all compared claims
 * @param decided         claims at least one of the two made a decision on
 * @param decisionKappa   Cohen's kappa of the decision (not reviewed, accepted, rejected, edited)
 *                        over the decided claims
 * @param identical       decided claims with the same decision on both sides (an edit: the same value)
 */
public record Agreement(int claims, double statusKappa, int decided, double decisionKappa, int identical) {

    /** The share of decided claims with identical decisions; NaN when neither decided anything. */
    public double identicalShare() {
        return decided == 0 ? Double.NaN : (double) identical / decided;
    }

    /** One line for the status bar and the command line. */
    public String summary() {
        return String.format(Locale.ROOT, "kappa on fact status %s (%d claims); kappa on review decision %s,"
                        + " identical decisions %d of %d (%s)", format(statusKappa), claims, format(decisionKappa),
                identical, decided, percent(identicalShare()));
    }

    public static String format(double kappa) {
        return Double.isNaN(kappa) ? "n/a" : String.format(Locale.ROOT, "%.3f", kappa);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
