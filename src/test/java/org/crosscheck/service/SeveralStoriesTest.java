package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that holds two stories of one kind (two earthquakes, years and countries apart) keeps
 * their facts apart: a toll of "people injured" in one is not a figure for the other.
 */
class SeveralStoriesTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Path ACEH = CORPUS.resolve("indonesia-aceh-earthquake-2013");
    private static final Path QESHM = CORPUS.resolve("iran-qeshm-earthquake-2005");

    @TempDir
    Path dir;

    @Test
    void factsOfTwoEarthquakesInOneProjectNeverSpanBoth() throws IOException {
        ProjectSnapshot snapshot;
        try (ProjectWorkbench wb = new ProjectWorkbench(dir.resolve("two-quakes.db"), 1)) {
            analyse(wb, ACEH);
            analyse(wb, QESHM); // added to an analysed project: the local realignment path
            snapshot = wb.snapshot();
        }
        Set<String> aceh = articles(ACEH);
        Map<String, Claim> claims = snapshot.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));

        assertThat(snapshot.facts()).allSatisfy(f -> assertThat(f.claimIds().stream()
                .map(id -> aceh.contains(claims.get(id).document())).distinct().count())
                .as("stories of %s", f.label()).isEqualTo(1));
        assertThat(snapshot.facts()).filteredOn(f -> f.status() == FactStatus.AGREE)
                .extracting(f -> aceh.contains(claims.get(f.claimIds().get(0)).document()))
                .contains(true, false);
    }

    private static void analyse(ProjectWorkbench wb, Path story) throws IOException {
        AnalysisReport report = wb.analyze(List.copyOf(files(story)), story.resolve("manifest.csv"),
                ProgressListener.NONE, new CancellationToken());
        assertThat(report.allSucceeded()).as(report.failures().toString()).isTrue();
    }

    private static Set<String> articles(Path story) throws IOException {
        return files(story).stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }

    private static List<Path> files(Path story) throws IOException {
        try (Stream<Path> files = Files.list(story)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
