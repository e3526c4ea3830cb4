package org.crosscheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.export.SpreadsheetSafe;
import org.crosscheck.review.Agreement;
import org.crosscheck.review.ReviewComparison;
import org.crosscheck.service.ProjectWorkbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code compare-reviews --project FILE --other FILE [--out FILE] [--take-theirs]}: the agreement of
 * two researchers' reviews on stdout, the claims where they differ as CSV, and, on request, the
 * other's decisions taken over where they differ.
 */
@Command(name = "compare-reviews", mixinStandardHelpOptions = true,
        description = "Compare a project's review with another researcher's review file of the same articles:"
                + " Cohen's kappa on fact status and on review decision, the share of identical decisions.")
final class CompareReviewsCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The project file.")
    Path project;

    @Option(names = "--other", required = true, paramLabel = "FILE",
            description = "The other researcher's review file (written by export-reviews).")
    Path other;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the claims where the reviews differ (CSV).")
    Path out;

    @Option(names = "--take-theirs", description = "Take the other review's decision on every claim where they differ.")
    boolean takeTheirs;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(project)) {
            throw new IllegalArgumentException("no project file at " + project);
        }
        try (ProjectWorkbench workbench = new ProjectWorkbench(project)) {
            ReviewComparison comparison = workbench.compareReviews(other);
            comparison.problems().forEach(p -> System.err.println("not compared: " + p));
            Agreement agreement = comparison.agreement();
            System.out.println("claims compared\t" + agreement.claims());
            System.out.println("kappa fact status\t" + Agreement.format(agreement.statusKappa()));
            System.out.println("claims decided by either\t" + agreement.decided());
            System.out.println("kappa review decision\t" + Agreement.format(agreement.decisionKappa()));
            System.out.println("identical decisions\t" + agreement.identical() + " of " + agreement.decided());
            if (out != null) {
                writeDifferences(comparison);
            }
            if (takeTheirs) {
                List<org.crosscheck.project.ReviewDecision> theirs = comparison.pairs().stream()
                        .filter(ReviewComparison.ClaimPair::differs).map(ReviewComparison.ClaimPair::theirs).toList();
                workbench.adoptDecisions(theirs);
                System.err.println("Took " + theirs.size() + " decisions from " + other);
            }
            return 0;
        }
    }

    private void writeDifferences(ReviewComparison comparison) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("fact_id", "claim_id", "document", "value_text",
                "my_review", "my_edited_value", "my_fact_status", "their_review", "their_edited_value",
                "their_fact_status").get();
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Map.Entry<String, List<ReviewComparison.ClaimPair>> e : comparison.differingByFact().entrySet()) {
                for (ReviewComparison.ClaimPair p : e.getValue()) {
                    csv.printRecord(SpreadsheetSafe.cell(p.factId()), SpreadsheetSafe.cell(p.claim().id()),
                            SpreadsheetSafe.cell(p.claim().document()), SpreadsheetSafe.cell(p.claim().valueText()),
                            p.mine().state().csvName(), SpreadsheetSafe.cell(p.mine().editedValue()), status(p.myStatus()),
                            p.theirs().state().csvName(), SpreadsheetSafe.cell(p.theirs().editedValue()),
                            status(p.theirStatus()));
                }
            }
        }
        System.err.println("Differences written to " + out.toAbsolutePath().normalize());
    }

    private static String status(org.crosscheck.project.FactStatus status) {
        return status == null ? "" : status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
