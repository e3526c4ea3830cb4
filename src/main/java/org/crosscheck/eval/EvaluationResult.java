package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scored pairs of an evaluation run, with the metrics derived from them. */
public record EvaluationResult(List<EvalCase> cases, List<RowOutcome> outcomes, List<CaseFailure> failures) {
    public EvaluationResult {
        cases = List.copyOf(cases);
        outcomes = List.copyOf(outcomes);
        failures = List.copyOf(failures);
    }

    public StatusMetrics metrics(Relation relation) {
        int predicted = 0;
        int expected = 0;
        int correct = 0;
        for (RowOutcome o : outcomes) {
            boolean p = o.predicted() == relation;
            boolean e = o.expected().status() == relation;
            predicted += p ? 1 : 0;
            expected += e ? 1 : 0;
            correct += p && e ? 1 : 0;
        }
        return new StatusMetrics(relation, predicted, expected, correct);
    }

    /** Pairs correct over all pairs; 0 for an empty run. */
    public double accuracy() {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(RowOutcome::correct).count() / outcomes.size();
    }

    /** {@code confusion().get(expected).get(predicted)} counts the pairs so labelled and predicted. */
    public Map<Relation, Map<Relation, Integer>> confusion() {
        Map<Relation, Map<Relation, Integer>> matrix = new EnumMap<>(Relation.class);
        for (Relation expected : Relation.values()) {
            Map<Relation, Integer> row = new EnumMap<>(Relation.class);
            for (Relation predicted : Relation.values()) {
                row.put(predicted, 0);
            }
            matrix.put(expected, row);
        }
        for (RowOutcome o : outcomes) {
            matrix.get(o.expected().status()).merge(o.predicted(), 1, Integer::sum);
        }
        return matrix;
    }

    /** Labelled DISAGREE pairs that the analysis also marked DISAGREE. */
    public List<RowOutcome> foundDisagreements() {
        return outcomes.stream()
                .filter(o -> o.expected().status() == Relation.DISAGREE && o.predicted() == Relation.DISAGREE)
                .toList();
    }

    /** Among {@link #foundDisagreements()}, the share that names the labelled kind; 0 when none were found. */
    public double disagreementKindAccuracy() {
        List<RowOutcome> found = foundDisagreements();
        return found.isEmpty() ? 0 : (double) found.stream().filter(RowOutcome::disagreementKindCorrect).count() / found.size();
    }

    /** Per labelled disagreement kind (sorted by name): labelled, found and named right. */
    public List<KindTally> disagreementsByKind() {
        Map<String, List<RowOutcome>> byKind = new TreeMap<>();
        for (RowOutcome o : outcomes) {
            if (o.expected().status() == Relation.DISAGREE) {
                byKind.computeIfAbsent(o.expected().disagreement(), k -> new ArrayList<>()).add(o);
            }
        }
        List<KindTally> tallies = new ArrayList<>();
        byKind.forEach((kind, rows) -> tallies.add(new KindTally(kind, rows.size(),
                (int) rows.stream().filter(o -> o.predicted() == Relation.DISAGREE).count(),
                (int) rows.stream().filter(o -> o.predicted() == Relation.DISAGREE && o.disagreementKindCorrect()).count())));
        return tallies;
    }

    /** Pairs with the wrong relation, and found disagreements with the wrong kind. */
    public List<RowOutcome> wrongRows() {
        List<RowOutcome> wrong = new ArrayList<>();
        for (RowOutcome o : outcomes) {
            if (!o.correct() || o.predicted() == Relation.DISAGREE && !o.disagreementKindCorrect()) {
                wrong.add(o);
            }
        }
        return wrong;
    }

    /** Pairs where at least one value phrase has no claim. */
    public long notExtracted() {
        return outcomes.stream().filter(o -> !o.extracted()).count();
    }

    /** Per domain (the case name's first word): cases, then pairs per labelled relation. */
    public Map<String, Map<Relation, Integer>> pairsByDomain() {
        Map<String, Map<Relation, Integer>> byDomain = new TreeMap<>();
        for (EvalCase c : cases) {
            Map<Relation, Integer> counts = byDomain.computeIfAbsent(c.domain(), d -> new EnumMap<>(Relation.class));
            for (ExpectedRow row : c.rows()) {
                counts.merge(row.status(), 1, Integer::sum);
            }
        }
        return byDomain;
    }

    /** Per domain: pairs whose relation was predicted right. */
    public Map<String, Integer> correctByDomain() {
        Map<String, Integer> byDomain = new TreeMap<>();
        Map<String, String> domainOfCase = new TreeMap<>();
        cases.forEach(c -> domainOfCase.put(c.name(), c.domain()));
        for (RowOutcome o : outcomes) {
            byDomain.merge(domainOfCase.get(o.expected().caseName()), o.correct() ? 1 : 0, Integer::sum);
        }
        return byDomain;
    }

    public Map<String, Integer> casesByDomain() {
        Map<String, Integer> byDomain = new TreeMap<>();
        for (EvalCase c : cases) {
            byDomain.merge(c.domain(), 1, Integer::sum);
        }
        return byDomain;
    }
}
