package org.crosscheck.eval;

import java.util.List;
import java.util.function.Predicate;

/**
 * The figures of one story against its gold file, as score.py computes them.
 *
 * @param claimsMissing the export had no claims.csv: every fact is MISSING
 */
public record StoryScore(String story, boolean claimsMissing, List<FactVerdict> verdicts, Tally pairs,
                         DisagreeRows disagree, EntityGroups entities, CopyCheck copies) {

    public StoryScore {
        verdicts = List.copyOf(verdicts);
    }

    public Tally found() {
        return count(null, v -> v.verdict().found());
    }

    public Tally right() {
        return count(null, v -> v.verdict() == Verdict.RIGHT);
    }

    /** Right facts of one tier ({@link GoldFact#CORE}, {@link GoldFact#STRETCH}). */
    public Tally right(String tier) {
        return count(tier, v -> v.verdict() == Verdict.RIGHT);
    }

    /** The facts that are not RIGHT, in the gold file's order. */
    public List<FactVerdict> misses() {
        return verdicts.stream().filter(v -> v.verdict() != Verdict.RIGHT).toList();
    }

    /** score.py's last line, to compare the two scorers on one export. */
    public String summaryLine() {
        int n = verdicts.size();
        if (claimsMissing) {
            return "found 0/" + n + " right 0/" + n;
        }
        return "found " + found() + " right " + right() + " core " + right(GoldFact.CORE)
                + " stretch " + right(GoldFact.STRETCH) + " entities " + entities.grouped()
                + " copies " + copies.detected() + " pairs " + pairs + " disagree " + disagree.truth();
    }

    private Tally count(String tier, Predicate<FactVerdict> hit) {
        Tally t = Tally.NONE;
        for (FactVerdict v : verdicts) {
            if (tier == null || tier.equals(v.fact().tier())) {
                t = t.add(hit.test(v));
            }
        }
        return t;
    }
}
