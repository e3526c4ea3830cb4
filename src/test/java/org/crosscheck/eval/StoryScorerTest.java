package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The port of score.py on a hand-made export whose figures are worked out in the fixture's README. */
class StoryScorerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval-corpus-fixture");

    private static StoryScore fixture() {
        return StoryScorer.score("fixture", GoldReader.read(FIXTURE.resolve("gold.json")),
                StoryExport.read(FIXTURE.resolve("export")));
    }

    private static FactVerdict verdictOf(StoryScore score, String factId) {
        return score.verdicts().stream().filter(v -> v.fact().id().equals(factId)).findFirst().orElseThrow();
    }

    @Test
    void givesTheFiguresWorkedOutByHand() {
        assertThat(fixture().summaryLine()).isEqualTo(
                "found 4/6 right 2/6 core 2/3 stretch 0/3 entities 2/4 copies 1/2 pairs 7/10 disagree 1/2");
    }

    @Test
    void quotesSpacesAndCaseDoNotKeepAPhraseFromItsSentence() {
        assertThat(verdictOf(fixture(), "toll").verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void aFactIsFoundInTheExportedFactAllItsMembersShare() {
        assertThat(verdictOf(fixture(), "speed").verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void aWrongFactNamesTheStatusFound() {
        FactVerdict date = verdictOf(fixture(), "date");

        assertThat(date.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(date.statusesFound()).containsExactly("DISAGREE");
    }

    @Test
    void aMemberWithAValueCountsOnlyTheClaimOfThatValue() {
        FactVerdict injured = verdictOf(fixture(), "injured");

        assertThat(injured.verdict()).isEqualTo(Verdict.MISSING);
        assertThat(injured.phraseFoundIn()).containsExactly("01", "03", "04");
    }

    @Test
    void aClaimInNoFactDoesNotCountAsThePhraseFound() {
        assertThat(verdictOf(fixture(), "mayor").phraseFoundIn()).isEmpty();
    }

    @Test
    void aDisagreeRowHoldingOnlyAgreeFactsIsFalse() {
        assertThat(fixture().disagree().falseRows())
                .containsExactly(new DisagreeRows.FalseRow("F2", Map.of("date", "AGREE")));
    }

    @Test
    void anEntityGroupSplitAcrossIdsNamesItsFirstName() {
        assertThat(fixture().entities().split())
                .containsExactly(new EntityGroups.Split("Jane Roe", 2), new EntityGroups.Split("Nobody", 0));
    }

    @Test
    void aCopyThatDocumentsCsvDoesNotNameIsMissed() {
        assertThat(fixture().copies().missed()).containsExactly(new GoldCopy("03", "02"));
    }

    @Test
    void anExportWithoutClaimsLeavesEveryFactMissing(@TempDir Path empty) throws IOException {
        Files.copy(FIXTURE.resolve("export/documents.csv"), empty.resolve("documents.csv"));

        StoryScore score = StoryScorer.score("fixture", GoldReader.read(FIXTURE.resolve("gold.json")),
                StoryExport.read(empty));

        assertThat(score.summaryLine()).isEqualTo("found 0/6 right 0/6");
        assertThat(score.verdicts()).extracting(FactVerdict::verdict).containsOnly(Verdict.MISSING);
    }
}
