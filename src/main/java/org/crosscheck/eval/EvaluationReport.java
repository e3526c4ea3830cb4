package org.crosscheck.eval;

import java.util.Locale;
import java.util.Map;

/** Formats an {@link EvaluationResult} as the plain-text report that {@code eval} prints. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static String format(EvaluationResult result) {
        StringBuilder out = new StringBuilder();
        int pairs = result.outcomes().size();
        out.append(String.format(Locale.ROOT, "Cases: %d, labelled pairs: %d, not extracted: %d%n",
                result.cases().size(), pairs, result.notExtracted()));
        appendDomains(out, result);
        out.append(String.format(Locale.ROOT, "%n%-9s %9s %8s %8s %9s %7s %7s%n",
                "status", "predicted", "expected", "correct", "precision", "recall", "F1"));
        for (Relation r : Relation.values()) {
            StatusMetrics m = result.metrics(r);
            out.append(String.format(Locale.ROOT, "%-9s %9d %8d %8d %9.3f %7.3f %7.3f%n",
                    r, m.predicted(), m.expected(), m.correct(), m.precision(), m.recall(), m.f1()));
        }
        out.append(String.format(Locale.ROOT, "accuracy  %.3f%n", result.accuracy()));

        out.append(String.format(Locale.ROOT, "%nConfusion (rows: expected, columns: predicted)%n%-9s", ""));
        for (Relation r : Relation.values()) {
            out.append(String.format(Locale.ROOT, " %9s", r));
        }
        out.append(System.lineSeparator());
        for (Map.Entry<Relation, Map<Relation, Integer>> row : result.confusion().entrySet()) {
            out.append(String.format(Locale.ROOT, "%-9s", row.getKey()));
            for (Relation r : Relation.values()) {
                out.append(String.format(Locale.ROOT, " %9d", row.getValue().get(r)));
            }
            out.append(System.lineSeparator());
        }

        int found = result.foundDisagreements().size();
        out.append(String.format(Locale.ROOT, "%nDisagreement kind right on %d of %d found DISAGREE pairs (%.3f)%n",
                result.foundDisagreements().stream().filter(RowOutcome::disagreementKindCorrect).count(), found,
                result.disagreementKindAccuracy()));
        out.append(String.format(Locale.ROOT, "%-12s %8s %6s %10s%n", "kind", "labelled", "found", "kind right"));
        for (KindTally t : result.disagreementsByKind()) {
            out.append(String.format(Locale.ROOT, "%-12s %8d %6d %10d%n", t.kind(), t.labelled(), t.found(), t.kindRight()));
        }

        if (!result.failures().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nCases with analysis problems:%n"));
            result.failures().forEach(f -> out.append("  ").append(f.caseName()).append(": ").append(f.reason())
                    .append(System.lineSeparator()));
        }
        out.append(String.format(Locale.ROOT, "%nWrong pairs (%d):%n", result.wrongRows().size()));
        for (RowOutcome o : result.wrongRows()) {
            appendWrongRow(out, o);
        }
        return out.toString();
    }

    private static void appendDomains(StringBuilder out, EvaluationResult result) {
        Map<String, Integer> cases = result.casesByDomain();
        Map<String, Integer> correct = result.correctByDomain();
        for (Map.Entry<String, Map<Relation, Integer>> domain : result.pairsByDomain().entrySet()) {
            Map<Relation, Integer> counts = domain.getValue();
            int pairs = counts.values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "  %-12s %2d cases  %3d AGREE  %3d DISAGREE  %3d SEPARATE  %3d/%d right%n",
                    domain.getKey(), cases.get(domain.getKey()), counts.getOrDefault(Relation.AGREE, 0),
                    counts.getOrDefault(Relation.DISAGREE, 0), counts.getOrDefault(Relation.SEPARATE, 0),
                    correct.getOrDefault(domain.getKey(), 0), pairs));
        }
    }

    private static void appendWrongRow(StringBuilder out, RowOutcome o) {
        ExpectedRow e = o.expected();
        out.append("  ").append(e.describe()).append(System.lineSeparator());
        out.append("    expected ").append(withKind(e.status(), e.disagreement()))
                .append(", predicted ").append(withKind(o.predicted(), o.predictedDisagreement()));
        if (!o.extractedA()) {
            out.append(" [not extracted in ").append(e.docA()).append(']');
        }
        if (!o.extractedB()) {
            out.append(" [not extracted in ").append(e.docB()).append(']');
        }
        out.append(System.lineSeparator());
        out.append("    facts ").append(e.docA()).append(": ").append(labels(o.factLabelsA()))
                .append(System.lineSeparator());
        out.append("    facts ").append(e.docB()).append(": ").append(labels(o.factLabelsB()))
                .append(System.lineSeparator());
        if (!e.note().isBlank()) {
            out.append("    note: ").append(e.note()).append(System.lineSeparator());
        }
    }

    private static String labels(java.util.List<String> labels) {
        return labels.isEmpty() ? "(no claim)" : String.join(" | ", labels);
    }

    private static String withKind(Relation relation, String kind) {
        return relation == Relation.DISAGREE && !kind.isBlank() ? relation + "/" + kind : relation.toString();
    }
}
