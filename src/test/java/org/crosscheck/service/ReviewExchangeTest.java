package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.CsvFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewState;
import org.crosscheck.review.Agreement;
import org.crosscheck.review.ReviewComparison;
import org.crosscheck.review.ReviewFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two researchers' reviews of one story, on real project files of the Qeshm reports. */
class ReviewExchangeTest {
    @TempDir
    Path dir;
    private Path mine;
    private Path theirs;
    private List<Claim> claims;

    @BeforeEach
    void twoCopiesOfOneProject() {
        mine = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("mine.db"));
        theirs = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("theirs.db"));
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            claims = wb.snapshot().claims();
        }
    }

    private String claim(int i) {
        return claims.get(i).id();
    }

    @Test
    void anExportedReviewHoldsEveryClaimWithItsDecisionAndFactStatus() throws Exception {
        Path file = dir.resolve("review.csv");
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            wb.accept(claim(0));
            wb.editValue(claim(1), "=about 12");
            wb.exportReviews(file);
        }
        List<CSVRecord> rows = CsvFiles.read(file);
        assertThat(rows).hasSize(claims.size());
        Map<String, CSVRecord> byClaim = rows.stream().collect(Collectors.toMap(r -> r.get("claim_id"), r -> r));
        assertThat(byClaim.get(claim(0)).get("review")).isEqualTo("accepted");
        assertThat(byClaim.get(claim(1)).get("edited_value")).isEqualTo("'=about 12");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("fact_status")).isIn("agree", "disagree", "single"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("document_hash")).hasSize(64));
    }

    @Test
    void aKnownPairOfReviewsGivesTheHandComputedDecisionKappa() {
        Path file = dir.resolve("theirs.csv");
        try (ProjectWorkbench other = new ProjectWorkbench(theirs)) {
            other.accept(claim(0));
            other.reject(claim(1));
            other.reject(claim(2));
            other.accept(claim(3));
            other.exportReviews(file);
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            wb.accept(claim(0));
            wb.accept(claim(1));
            wb.reject(claim(2));
            ReviewComparison comparison = wb.compareReviews(file);
            Agreement agreement = comparison.agreement();
            // Decided by either: claims 0-3. Mine: accepted, accepted, rejected, not reviewed;
            // theirs: accepted, rejected, rejected, accepted. p_o = 2/4; p_e = (2/4)(2/4) + (1/4)(2/4) + (1/4)(0)
            // = 0.375; kappa = (0.5 - 0.375) / 0.625 = 0.2; identical 2 of 4.
            assertThat(agreement.decided()).isEqualTo(4);
            assertThat(agreement.decisionKappa()).isCloseTo(0.2, within(1e-9));
            assertThat(agreement.identical()).isEqualTo(2);
            assertThat(agreement.claims()).isEqualTo(claims.size());
            assertThat(comparison.problems()).isEmpty();
        }
    }

    @Test
    void takingTheOtherResearchersDecisionsIsOneStepThatUndoTakesBack() {
        Path file = dir.resolve("theirs.csv");
        try (ProjectWorkbench other = new ProjectWorkbench(theirs)) {
            other.accept(claim(0));
            other.reject(claim(1));
            other.exportReviews(file);
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            ReviewComparison comparison = wb.compareReviews(file);
            wb.adoptDecisions(comparison.pairs().stream().filter(p -> !p.sameDecision())
                    .map(ReviewComparison.ClaimPair::theirs).toList());
            assertThat(wb.snapshot().reviewOf(claim(0)).state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(wb.snapshot().reviewOf(claim(1)).state()).isEqualTo(ReviewState.REJECTED);
            assertThat(wb.compareReviews(file).agreement().identical()).isEqualTo(2);
            wb.undo();
            assertThat(wb.snapshot().reviewOf(claim(0)).state()).isEqualTo(ReviewState.AUTO);
            assertThat(wb.snapshot().reviewOf(claim(1)).state()).isEqualTo(ReviewState.AUTO);
        }
    }

    @Test
    void aReviewOfOtherArticlesIsRefusedNamingTheFile() {
        Path samples = AnalysedProjects.copyOf(AnalysedProjects.SAMPLES, dir.resolve("samples.db"));
        Path file = dir.resolve("samples-review.csv");
        try (ProjectWorkbench other = new ProjectWorkbench(samples)) {
            other.exportReviews(file);
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            assertThatThrownBy(() -> wb.compareReviews(file)).isInstanceOf(ReviewFileException.class)
                    .hasMessage(file + " is the review of other articles: none of its 5 articles is in this"
                            + " project with the same text.");
        }
    }

    @Test
    void aDamagedReviewFileIsRefusedNamingTheFileAndTheLine() throws Exception {
        Path file = dir.resolve("damaged.csv");
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            wb.exportReviews(file);
            List<String> lines = Files.readAllLines(file);
            lines.set(3, lines.get(3).replace(",auto,", ",maybe,"));
            Files.write(file, lines);
            assertThatThrownBy(() -> wb.compareReviews(file)).isInstanceOf(ReviewFileException.class)
                    .hasMessage(file + " is damaged: line 4 has review 'maybe', which Crosscheck never writes.");
            assertThat(wb.snapshot().reviews()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNoReviewIsRefusedSayingWhatItShouldHold() throws Exception {
        Path file = Files.writeString(dir.resolve("facts.csv"), "fact_id,status\nf1,agree\n");
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            assertThatThrownBy(() -> wb.compareReviews(file)).isInstanceOf(ReviewFileException.class)
                    .hasMessageStartingWith(file + " is not a Crosscheck review file: its first line should be"
                            + " document,document_hash,claim_id,");
        }
    }
}
