package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Predicts the relation of each labelled pair from an exported analysis: the status of the fact
 * that a claim of doc_a and a claim of doc_b share (AGREE or DISAGREE), else SEPARATE. A phrase
 * with no claim counts as SEPARATE and is reported as not extracted.
 */
public final class RowScorer {

    private RowScorer() {
    }

    public static List<RowOutcome> score(EvalCase evalCase, ExportedAnalysis analysis) {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ExpectedRow row : evalCase.rows()) {
            outcomes.add(score(row, analysis));
        }
        return outcomes;
    }

    static RowOutcome score(ExpectedRow row, ExportedAnalysis analysis) {
        List<ExportedClaim> a = ValueMatcher.claimsFor(analysis, row.docA(), row.valueA());
        List<ExportedClaim> b = ValueMatcher.claimsFor(analysis, row.docB(), row.valueB());
        Optional<ExportedFact> shared = sharedFact(a, b, analysis);
        Relation predicted = shared.map(f -> relationOf(f.status())).orElse(Relation.SEPARATE);
        String kind = predicted == Relation.DISAGREE ? shared.get().disagreement() : "";
        return new RowOutcome(row, predicted, kind, labels(a, analysis), labels(b, analysis), !a.isEmpty(), !b.isEmpty());
    }

    /** The first fact (in claims.csv order) that holds a matching claim of each document. */
    private static Optional<ExportedFact> sharedFact(List<ExportedClaim> a, List<ExportedClaim> b,
                                                     ExportedAnalysis analysis) {
        for (ExportedClaim claimA : a) {
            if (claimA.factId().isBlank()) {
                continue;
            }
            for (ExportedClaim claimB : b) {
                if (claimA.factId().equals(claimB.factId())) {
                    return Optional.of(analysis.fact(claimA.factId()).orElse(
                            new ExportedFact(claimA.factId(), claimA.factStatus(), "", "")));
                }
            }
        }
        return Optional.empty();
    }

    /** A shared fact marked SINGLE (or anything unknown) has not put the two reports side by side. */
    private static Relation relationOf(String factStatus) {
        return switch (factStatus.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "AGREE" -> Relation.AGREE;
            case "DISAGREE" -> Relation.DISAGREE;
            default -> Relation.SEPARATE;
        };
    }

    private static List<String> labels(List<ExportedClaim> claims, ExportedAnalysis analysis) {
        Set<String> labels = new LinkedHashSet<>();
        for (ExportedClaim claim : claims) {
            String label = analysis.fact(claim.factId()).map(ExportedFact::label).orElse("");
            labels.add((claim.factId().isBlank() ? "no fact" : claim.factId()) + (label.isBlank() ? "" : " " + label));
        }
        return List.copyOf(labels);
    }
}
