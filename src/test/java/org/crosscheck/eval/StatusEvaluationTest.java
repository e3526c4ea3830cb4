package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores hand-written exports in {@code eval-fixture/exports}: the matching and the metric arithmetic. */
class StatusEvaluationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval-fixture/cases");
    private static final Path EXPORTS = Path.of("src/test/resources/eval-fixture/exports");

    private static EvaluationResult scoreFixture() {
        return StatusEvaluation.score(FIXTURE, c -> EXPORTS.resolve(c.name()));
    }

    private static RowOutcome outcome(EvaluationResult result, String caseName, String valueA) {
        return result.outcomes().stream()
                .filter(o -> o.expected().caseName().equals(caseName) && o.expected().valueA().equals(valueA))
                .findFirst().orElseThrow();
    }

    @Test
    void predictsTheStatusOfTheFactBothClaimsShare() {
        EvaluationResult result = scoreFixture();

        assertThat(outcome(result, "conflict-fixture-troops", "More than 5,000").predicted()).isEqualTo(Relation.AGREE);
        assertThat(outcome(result, "disaster-fixture-quake", "12").predicted()).isEqualTo(Relation.DISAGREE);
        assertThat(outcome(result, "disaster-fixture-quake", "12").predictedDisagreement()).isEqualTo("count");
    }

    @Test
    void findsASharedFactAmongSeveralClaimsWithTheSameValueText() {
        RowOutcome june = outcome(scoreFixture(), "economy-fixture-inflation", "3%");

        assertThat(june.predicted()).isEqualTo(Relation.AGREE);
    }

    @Test
    void predictsSeparateWhenTheClaimsAreInDifferentFacts() {
        RowOutcome injured = outcome(scoreFixture(), "disaster-fixture-quake", "40");

        assertThat(injured.predicted()).isEqualTo(Relation.SEPARATE);
        assertThat(injured.extracted()).isTrue();
        assertThat(injured.factLabelsA()).containsExactly("F2 people injured");
    }

    @Test
    void countsAPhraseWithoutClaimAsSeparateAndNotExtracted() {
        EvaluationResult result = scoreFixture();
        RowOutcome tuesday = outcome(result, "disaster-fixture-quake", "Tuesday");

        assertThat(tuesday.predicted()).isEqualTo(Relation.SEPARATE);
        assertThat(tuesday.extractedA()).isFalse();
        assertThat(tuesday.extractedB()).isFalse();
        assertThat(result.notExtracted()).isEqualTo(1);
    }

    @Test
    void computesPrecisionRecallAndF1PerStatus() {
        EvaluationResult result = scoreFixture();

        StatusMetrics agree = result.metrics(Relation.AGREE);
        assertThat(List.of(agree.predicted(), agree.expected(), agree.correct())).containsExactly(3, 4, 2);
        assertThat(agree.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(agree.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(agree.f1()).isCloseTo(4.0 / 7, within(1e-9));
        StatusMetrics separate = result.metrics(Relation.SEPARATE);
        assertThat(List.of(separate.predicted(), separate.expected(), separate.correct())).containsExactly(3, 2, 1);
        assertThat(separate.precision()).isCloseTo(1.0 / 3, within(1e-9));
        StatusMetrics disagree = result.metrics(Relation.DISAGREE);
        assertThat(disagree.f1()).isCloseTo(1.0, within(1e-9));
        assertThat(result.accuracy()).isCloseTo(4.0 / 7, within(1e-9));
    }

    @Test
    void buildsTheConfusionMatrixFromExpectedToPredicted() {
        Map<Relation, Map<Relation, Integer>> confusion = scoreFixture().confusion();

        assertThat(confusion.get(Relation.AGREE)).containsEntry(Relation.AGREE, 2).containsEntry(Relation.SEPARATE, 2);
        assertThat(confusion.get(Relation.SEPARATE)).containsEntry(Relation.AGREE, 1).containsEntry(Relation.SEPARATE, 1);
        assertThat(confusion.get(Relation.DISAGREE)).containsEntry(Relation.DISAGREE, 1);
    }

    @Test
    void scoresTheDisagreementKindOnlyOnFoundDisagreements() {
        EvaluationResult result = scoreFixture();

        assertThat(result.foundDisagreements()).hasSize(1);
        assertThat(result.disagreementKindAccuracy()).isZero();
        assertThat(result.disagreementsByKind()).containsExactly(new KindTally("value", 1, 1, 0));
    }

    @Test
    void listsWrongPairsWithTheirFactLabels() {
        EvaluationResult result = scoreFixture();
        String report = EvaluationReport.format(result);

        assertThat(result.wrongRows()).extracting(o -> o.expected().valueA())
                .containsExactlyInAnyOrder("About 3,000", "12", "40", "Tuesday");
        assertThat(report).contains("conflict-fixture-troops a.txt \"About 3,000\" ~ b.txt \"Some 3,000\"")
                .contains("expected SEPARATE, predicted AGREE")
                .contains("F2 3,000 people moving")
                .contains("expected DISAGREE/value, predicted DISAGREE/count")
                .contains("[not extracted in a.txt]");
    }

    @Test
    void recordsACaseWhoseAnalysisFailsAndScoresItsPairsAsNotExtracted(@TempDir Path work) {
        StatusEvaluation evaluation = new StatusEvaluation((caseDir, out) -> 2, work);

        EvaluationResult result = evaluation.evaluate(FIXTURE);

        assertThat(result.failures()).extracting(CaseFailure::caseName).contains("disaster-fixture-quake");
        assertThat(result.notExtracted()).isEqualTo(result.outcomes().size());
        assertThat(result.metrics(Relation.SEPARATE).predicted()).isEqualTo(result.outcomes().size());
    }

    @Test
    void scoresTheExportThatTheAnalyzerWrote(@TempDir Path work) {
        StatusEvaluation evaluation = new StatusEvaluation((caseDir, out) -> {
            for (String file : List.of("claims.csv", "facts.csv")) {
                Files.copy(EXPORTS.resolve(caseDir.getFileName()).resolve(file), out.resolve(file));
            }
            return 0;
        }, work);

        EvaluationResult result = evaluation.evaluate(FIXTURE);

        assertThat(result.failures()).isEmpty();
        assertThat(result.accuracy()).isCloseTo(scoreFixture().accuracy(), within(1e-9));
        assertThat(work.resolve("economy-fixture-inflation/claims.csv")).exists();
    }
}
