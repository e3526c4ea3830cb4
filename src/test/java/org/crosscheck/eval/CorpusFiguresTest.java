package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline measure may not fall: every story of {@code ../shared/corpus} analysed on its own
 * (one analysis per story, the CoreNLP pipeline shared) and scored against its gold.json, with the
 * totals held to floors.
 *
 * <p>The floors are the figures measured on 2026-12-07 (six stories, Millom scored last as the
 * held-out story, the alignment of commit 4b9785d: core 26, stretch 15, pairs 386, DISAGREE true
 * 10 of 10, copies 2, entities 49), less a small margin for floating-point differences of the
 * sentence model on other processors (a pair of claims near the link threshold may fall either
 * way). Ratchet them up whenever the alignment improves; once a figure reaches its target in
 * {@link CorpusTargets} (every core fact right, stretch 75%, pairs 90%, DISAGREE true 95%), the
 * target replaces its floor, as it has for the share of true DISAGREE rows.
 */
class CorpusFiguresTest {

    private static final Path CORPUS = Path.of("../shared/corpus");

    static final int CORE_RIGHT_FLOOR = 25;         // of 41 (26 measured)
    static final int STRETCH_RIGHT_FLOOR = 14;      // of 33 (15 measured)
    static final int PAIRS_IN_ONE_ROW_FLOOR = 380;  // of 495 (386 measured)
    static final int DISAGREE_TRUE_FLOOR = 9;       // of the labelled DISAGREE rows (10 of 10 measured)
    static final double DISAGREE_TRUE_PERCENT_FLOOR = CorpusTargets.DISAGREE_TRUE_PERCENT;
    static final int COPIES_FOUND_FLOOR = 2;        // of 5
    static final int ENTITIES_GROUPED_FLOOR = 48;   // of 58 (49 measured)

    @TempDir
    static Path work;
    private static CorpusResult result;

    @BeforeAll
    static void analyseEveryStory() {
        if (Files.isDirectory(CORPUS)) {
            result = new CorpusEvaluation(new AnalyzeRunner(), work, story -> { })
                    .evaluate(CorpusStories.select(CORPUS, List.of(), List.of()));
        }
    }

    private static CorpusResult result() {
        assumeTrue(result != null, "shared corpus not present");
        return result;
    }

    @Test
    void everyStoryIsAnalysedWithoutProblems() {
        assertThat(result().failures()).isEmpty();
    }

    @Test
    void coreFactsRightStayAtTheirFloor() {
        assertThat(result().core().hits()).isGreaterThanOrEqualTo(CORE_RIGHT_FLOOR);
    }

    @Test
    void stretchFactsRightStayAtTheirFloor() {
        assertThat(result().stretch().hits()).isGreaterThanOrEqualTo(STRETCH_RIGHT_FLOOR);
    }

    @Test
    void pairsInOneRowStayAtTheirFloor() {
        assertThat(result().pairs().hits()).isGreaterThanOrEqualTo(PAIRS_IN_ONE_ROW_FLOOR);
    }

    @Test
    void trueDisagreeRowsStayAtTheirFloorInNumberAndShare() {
        Tally disagree = result().disagreeTrue();

        assertThat(disagree.hits()).isGreaterThanOrEqualTo(DISAGREE_TRUE_FLOOR);
        assertThat(disagree.percent()).isGreaterThanOrEqualTo(DISAGREE_TRUE_PERCENT_FLOOR);
    }

    @Test
    void copiesFoundStayAtTheirFloor() {
        assertThat(result().copies().hits()).isGreaterThanOrEqualTo(COPIES_FOUND_FLOOR);
    }

    @Test
    void entitiesGroupedStayAtTheirFloor() {
        assertThat(result().entities().hits()).isGreaterThanOrEqualTo(ENTITIES_GROUPED_FLOOR);
    }
}
