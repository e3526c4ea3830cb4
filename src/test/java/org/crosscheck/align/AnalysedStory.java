package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crosscheck.claims.Claim;
import org.crosscheck.project.Fact;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.ProjectWorkbench;

/**
 * A story of a few short reports analysed for real (CoreNLP, claims, entity links, alignment) into
 * a project in a temporary folder: alignment tests state a behaviour on sentences as a reader
 * sees them, not on hand-built claims. Reports are written "report published YYYY-MM-DD" + text.
 */
final class AnalysedStory {

    private final ProjectSnapshot snapshot;

    private AnalysedStory(ProjectSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Analyses the reports, each given as its publication date (ISO) and its text. */
    static AnalysedStory of(Path dir, String... datesAndTexts) {
        try {
            List<Path> files = new ArrayList<>();
            StringBuilder manifest = new StringBuilder("file,outlet,published,url\n");
            for (int i = 0; i < datesAndTexts.length; i += 2) {
                String name = (char) ('a' + i / 2) + ".txt";
                files.add(Files.writeString(dir.resolve(name), datesAndTexts[i + 1]));
                manifest.append(name).append(",Outlet ").append((char) ('A' + i / 2)).append(',')
                        .append(datesAndTexts[i]).append(",\n");
            }
            Path manifestFile = Files.writeString(dir.resolve("manifest.csv"), manifest.toString());
            try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("story.db"), 1)) {
                AnalysisReport report = wb.analyze(files, manifestFile, ProgressListener.NONE, new CancellationToken());
                assertThat(report.failures()).isEmpty();
                return new AnalysedStory(wb.snapshot());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claim of a report ("a", "b"...) whose value is written as {@code valueText}. */
    Claim claim(String report, String valueText) {
        Optional<Claim> found = snapshot.claims().stream()
                .filter(c -> c.document().equals(report + ".txt") && valueText.equals(c.valueText())).findFirst();
        assertThat(found).as("claim '%s' of report %s among %s", valueText, report, snapshot.claims().stream()
                .filter(c -> c.document().equals(report + ".txt")).map(Claim::valueText).toList()).isPresent();
        return found.get();
    }

    /** The fact that holds the claim. */
    Fact factOf(Claim c) {
        return snapshot.facts().stream().filter(f -> f.claimIds().contains(c.id())).findFirst().orElseThrow();
    }

    /** Whether the two claims stand in one fact. */
    boolean together(Claim a, Claim b) {
        return factOf(a).equals(factOf(b));
    }

    ProjectSnapshot snapshot() {
        return snapshot;
    }
}
