package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review decisions on a real project file: stored at once, undoable, surviving rebuilds and restarts. */
class ProjectWorkbenchTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void analyseSamples() {
        project = dir.resolve("samples.db");
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            AnalysisReport report = wb.analyze(List.of(Path.of("samples")), null, ProgressListener.NONE,
                    new CancellationToken());
            assertThat(report.allSucceeded()).as(report.failures().toString()).isTrue();
        }
    }

    @Test
    void decisionsSurviveARebuildAndARestart() throws Exception {
        String accepted;
        String rejected;
        String edited;
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            List<Claim> claims = wb.snapshot().claims();
            accepted = claims.get(0).id();
            rejected = claims.get(1).id();
            edited = claims.get(2).id();
            wb.accept(accepted);
            wb.reject(rejected);
            wb.editValue(edited, "42");
            // A changed publication date rebuilds every claim and fact from the stored NLP output.
            wb.setPublished(claims.get(0).document(), LocalDate.of(2020, 9, 28));
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            ProjectSnapshot snap = wb.snapshot();
            assertThat(snap.reviewOf(accepted).state()).isEqualTo(ReviewState.ACCEPTED);
            assertThat(snap.reviewOf(rejected).state()).isEqualTo(ReviewState.REJECTED);
            assertThat(snap.reviewOf(edited).editedValue()).isEqualTo("42");
            wb.export(dir.resolve("csv"));
        }
        Map<String, String> review = CsvFiles.read(dir.resolve("csv/claims.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("claim_id"), r -> r.get("review")));
        assertThat(review).containsEntry(accepted, "accepted").containsEntry(rejected, "rejected")
                .containsEntry(edited, "edited");
    }

    @Test
    void undoRestoresThePreviousDecisionAndRedoReplaysIt() {
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            String id = wb.snapshot().claims().get(0).id();
            wb.reject(id);
            wb.undo();
            assertThat(wb.snapshot().reviewOf(id).state()).isEqualTo(ReviewState.AUTO);
            assertThat(wb.canRedo()).isTrue();
            wb.redo();
            assertThat(wb.snapshot().reviewOf(id).state()).isEqualTo(ReviewState.REJECTED);
        }
    }

    @Test
    void mergedFactsStayMergedAfterRestart() throws Exception {
        String keep;
        String other;
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            List<Fact> facts = wb.snapshot().facts();
            keep = facts.get(0).id();
            other = facts.get(1).id();
            List<String> claimsOfOther = facts.get(1).claimIds();
            wb.mergeFacts(keep, other);
            Fact merged = wb.snapshot().facts().stream()
                    .filter(f -> f.claimIds().containsAll(claimsOfOther)).findFirst().orElseThrow();
            assertThat(merged.claimIds()).containsAll(facts.get(0).claimIds());
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            wb.export(dir.resolve("csv"));
        }
        List<CSVRecord> claims = CsvFiles.read(dir.resolve("csv/claims.csv"));
        long distinctFacts = claims.stream().filter(c -> !c.get("fact_id").isEmpty())
                .map(c -> c.get("fact_id")).distinct().count();
        assertThat(distinctFacts).isLessThan(claims.size());
    }

    @Test
    void addingOneArticleGivesTheSameClaimsAndFactsAsAnalysingAllAtOnce() {
        List<Path> files = sampleArticles();
        Path manifest = Path.of("samples/manifest.csv");
        ProjectSnapshot incremental;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("incremental.db"), 1)) {
            wb.analyze(files.subList(0, files.size() - 1), manifest, ProgressListener.NONE, new CancellationToken());
            wb.analyze(files, manifest, ProgressListener.NONE, new CancellationToken());
            incremental = wb.snapshot();
        }
        ProjectSnapshot atOnce;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("at-once.db"), 1)) {
            wb.analyze(files, manifest, ProgressListener.NONE, new CancellationToken());
            atOnce = wb.snapshot();
        }
        assertThat(incremental.claims()).isNotEmpty().isEqualTo(atOnce.claims());
        assertThat(incremental.facts()).isEqualTo(atOnce.facts());
        assertThat(incremental.mentions()).isEqualTo(atOnce.mentions());
    }

    @Test
    void aChangedPublicationDateResolvesThatArticlesDatesAgain() {
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            List<org.crosscheck.project.DocumentInfo> documentsBefore = wb.snapshot().documents();
            Map<String, List<String>> before = datesByDocument(wb.snapshot());
            String document = before.keySet().iterator().next();
            LocalDate published = wb.snapshot().documents().stream().filter(d -> d.name().equals(document))
                    .findFirst().orElseThrow().published();
            LocalDate yearsLater = (published == null ? LocalDate.of(2020, 1, 1) : published).plusYears(3);
            wb.setPublished(document, yearsLater);
            Map<String, List<String>> after = datesByDocument(wb.snapshot());
            assertThat(after.get(document)).isNotEqualTo(before.get(document));
            // a copy is read as of its original's day, so the articles it copies or that copy it (before
            // or after the change, which may turn the copy round) may change with it
            java.util.Set<String> copies = new java.util.HashSet<>();
            for (var d : java.util.stream.Stream.concat(documentsBefore.stream(), wb.snapshot().documents().stream()).toList()) {
                if (document.equals(d.copyOf())) {
                    copies.add(d.name());
                }
                if (d.name().equals(document) && d.copyOf() != null) {
                    copies.add(d.copyOf());
                }
            }
            before.keySet().stream().filter(d -> !d.equals(document) && !copies.contains(d))
                    .forEach(d -> assertThat(after.get(d)).as(d).isEqualTo(before.get(d)));
        }
    }

    @Test
    void aReprintPublishedLaterReadsItsDatesAsOfItsOriginal() {
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            ProjectSnapshot s = wb.snapshot();
            var copy = s.documents().stream().filter(d -> d.copyOf() != null).findFirst().orElseThrow();
            var original = s.documents().stream().filter(d -> d.name().equals(copy.copyOf())).findFirst().orElseThrow();
            assertThat(copy.published()).isAfter(original.published().plusDays(20));
            Map<String, List<String>> dates = datesByDocument(s);
            // "by the end of the month" in the reprint of a month later is the original's month
            List<String> endOfMonth = s.claims().stream()
                    .filter(c -> c.document().equals(copy.name()) && "the end of the month".equals(c.valueText()))
                    .map(Claim::normalized).toList();
            assertThat(endOfMonth).isNotEmpty().allMatch(v -> v.startsWith(original.published().toString().substring(0, 7)));
            assertThat(dates.get(copy.name())).isNotEmpty();
        }
    }

    /** The normalised values of each document's date claims, for documents that have some. */
    private static Map<String, List<String>> datesByDocument(ProjectSnapshot snapshot) {
        return snapshot.claims().stream().filter(c -> c.kind() == ClaimKind.DATE)
                .collect(Collectors.groupingBy(Claim::document, java.util.LinkedHashMap::new,
                        Collectors.mapping(Claim::normalized, Collectors.toList())));
    }

    private static List<Path> sampleArticles() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("samples"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
