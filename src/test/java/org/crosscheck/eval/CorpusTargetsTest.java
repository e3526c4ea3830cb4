package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTargetsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval-corpus-fixture");

    @Test
    void theFixtureMeetsNoTargetAndTheLineSaysSo() {
        StoryScore fixture = StoryScorer.score("fixture", GoldReader.read(FIXTURE.resolve("gold.json")),
                StoryExport.read(FIXTURE.resolve("export")));

        String line = CorpusReport.targets(CorpusTargets.check(new CorpusResult(List.of(fixture), List.of())));

        assertThat(line).isEqualTo("Targets: every core fact right: 2/3 (66.7%), not met; "
                + "stretch right >= 75%: 0/3 (0.0%), not met; pairs in one row >= 90%: 7/10 (70.0%), not met; "
                + "DISAGREE rows true >= 95%: 1/2 (50.0%), not met. Met 0 of 4.");
    }

    @Test
    void aFigureAtTheTargetMeetsItAndAFigureOfNothingMeetsNone() {
        StoryGold gold = GoldReader.read(FIXTURE.resolve("gold.json"));
        StoryGold tollOnly = new StoryGold(gold.facts().subList(0, 1), gold.copies(), gold.entities());
        StoryScore score = StoryScorer.score("fixture", tollOnly, StoryExport.read(FIXTURE.resolve("export")));

        List<CorpusTargets.Target> targets = CorpusTargets.check(new CorpusResult(List.of(score), List.of()));

        assertThat(targets).extracting(CorpusTargets.Target::met).containsExactly(true, false, true, false);
    }
}
