package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.AnalysedProjects;
import org.crosscheck.CsvFiles;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ReviewState;
import org.crosscheck.service.ProjectWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-reviews} and {@code compare-reviews} on two real projects of the Qeshm reports. */
class ReviewCommandsTest {
    @TempDir
    Path dir;

    /** Two copies of one project; the other researcher accepts claim 0 and rejects 1, 2; here claims 0, 1 are accepted. */
    private List<Claim> reviewTwice(Path mine, Path theirs) {
        List<Claim> claims;
        try (ProjectWorkbench wb = new ProjectWorkbench(theirs)) {
            claims = wb.snapshot().claims();
            wb.accept(claims.get(0).id());
            wb.reject(claims.get(1).id());
            wb.reject(claims.get(2).id());
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            wb.accept(claims.get(0).id());
            wb.accept(claims.get(1).id());
        }
        return claims;
    }

    @Test
    void comparingTwoReviewsPrintsTheKappasAndWritesTheDifferingClaims() throws Exception {
        Path mine = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("mine.db"));
        Path theirs = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("theirs.db"));
        List<Claim> claims = reviewTwice(mine, theirs);
        Path file = dir.resolve("theirs.csv");
        assertThat(Captured.run("export-reviews", "--project", theirs.toString(), "--out", file.toString())
                .exitCode()).isZero();
        Path diff = dir.resolve("diff.csv");
        Captured run = Captured.run("compare-reviews", "--project", mine.toString(), "--other", file.toString(),
                "--out", diff.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        // Decided by either: claims 0, 1, 2. Here accepted, accepted, not reviewed; there accepted,
        // rejected, rejected. p_o = 1/3; p_e = (2/3)(1/3) + (1/3)(0) = 2/9; kappa = (1/3 - 2/9) / (7/9) = 1/7.
        assertThat(run.stdout()).contains("kappa review decision\t0.143").contains("identical decisions\t1 of 3");
        List<CSVRecord> rows = CsvFiles.read(diff);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("claim_id")).isEqualTo(claims.get(1).id());
            assertThat(r.get("my_review")).isEqualTo("accepted");
            assertThat(r.get("their_review")).isEqualTo("rejected");
        });
    }

    @Test
    void takeTheirsWritesTheOtherReviewsDecisionsIntoTheProject() {
        Path mine = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("mine.db"));
        Path theirs = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("theirs.db"));
        List<Claim> claims = reviewTwice(mine, theirs);
        Path file = dir.resolve("theirs.csv");
        Captured.run("export-reviews", "--project", theirs.toString(), "--out", file.toString());
        assertThat(Captured.run("compare-reviews", "--project", mine.toString(), "--other", file.toString(),
                "--take-theirs").exitCode()).isZero();
        try (ProjectWorkbench wb = new ProjectWorkbench(mine)) {
            assertThat(wb.snapshot().reviewOf(claims.get(1).id()).state()).isEqualTo(ReviewState.REJECTED);
            assertThat(wb.snapshot().reviewOf(claims.get(2).id()).state()).isEqualTo(ReviewState.REJECTED);
        }
    }

    @Test
    void aDamagedReviewFileEndsWithExitCodeTwoAndItsName() throws Exception {
        Path mine = AnalysedProjects.copyOf(AnalysedProjects.QESHM, dir.resolve("mine.db"));
        Path file = java.nio.file.Files.writeString(dir.resolve("bad.csv"), "document,claim_id\n\"unclosed\n");
        Captured run = Captured.run("compare-reviews", "--project", mine.toString(), "--other", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains(file.toString());
    }

    /** One CLI run with its exit code and what it printed. */
    record Captured(int exitCode, String stdout, String stderr) {
        static synchronized Captured run(String... args) {
            java.io.PrintStream oldOut = System.out;
            java.io.PrintStream oldErr = System.err;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                int code = Main.run(args);
                return new Captured(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                        err.toString(java.nio.charset.StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
