package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.CsvFiles;
import org.crosscheck.nlp.Entity;
import org.crosscheck.project.ProjectSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity merges and splits on a real project file of the samples: stored, undoable, kept through rebuilds. */
class EntityDecisionsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path analysed;
    private Path project;

    @BeforeAll
    static void analyseSamplesOnce() {
        analysed = shared.resolve("samples.db");
        try (ProjectWorkbench wb = new ProjectWorkbench(analysed)) {
            AnalysisReport report = wb.analyze(List.of(Path.of("samples")), null, ProgressListener.NONE,
                    new CancellationToken());
            assertThat(report.allSucceeded()).as(report.failures().toString()).isTrue();
        }
    }

    @BeforeEach
    void copyProject() throws Exception {
        project = dir.resolve("samples.db");
        Files.copy(analysed, project);
    }

    @Test
    void mergedEntitiesShareOneIdInClaimsAndMentionsAfterARebuildAndARestart() throws Exception {
        String keepName;
        List<String> otherAliases;
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            List<Entity> people = mostMentionedPeople(wb.snapshot());
            Entity keep = people.get(0);
            Entity other = people.get(1);
            keepName = keep.name();
            otherAliases = other.aliases();
            wb.mergeEntities(keep.id(), other.id());

            ProjectSnapshot merged = wb.snapshot();
            assertThat(merged.entities()).extracting(Entity::id).doesNotContain(other.id());
            assertThat(entityNamed(merged, keepName).aliases()).containsAll(otherAliases);
            assertThat(merged.claims()).noneMatch(c -> c.entityIds().contains(other.id()));
            // A changed date rebuilds everything from the stored NLP output: the merge is re-applied.
            wb.setPublished(merged.documents().get(0).name(), LocalDate.of(2020, 9, 28));
        }
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            Entity kept = entityNamed(wb.snapshot(), keepName);
            assertThat(kept.aliases()).containsAll(otherAliases);
            wb.export(dir.resolve("csv"));
            List<CSVRecord> mentions = CsvFiles.read(dir.resolve("csv/mentions.csv"));
            assertThat(mentions).filteredOn(m -> otherAliases.contains(m.get("text")))
                    .isNotEmpty()
                    .allSatisfy(m -> {
                        assertThat(m.get("entity_id")).isEqualTo(kept.id());
                        assertThat(m.get("entity_name")).isEqualTo(keepName);
                    });
        }
    }

    @Test
    void splitAliasBecomesAnEntityOfItsOwnAndUndoRedoToggleIt() {
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            Entity entity = wb.snapshot().entities().stream().filter(e -> e.aliases().size() >= 2)
                    .max(Comparator.comparingInt(e -> e.aliases().size())).orElseThrow();
            String alias = entity.aliases().stream().filter(a -> !a.equals(entity.name())).findFirst().orElseThrow();
            wb.splitEntity(entity.id(), alias);

            ProjectSnapshot split = wb.snapshot();
            assertThat(entityNamed(split, entity.name()).aliases()).doesNotContain(alias);
            // Spellings of the alias that differ only in case or punctuation ("U.S.", "US") go with it.
            Entity own = split.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst()
                    .orElseThrow();
            assertThat(own.id()).isNotEqualTo(entity.id());
            assertThat(split.mentions()).filteredOn(m -> alias.equals(m.text()) && m.entityId() != null)
                    .isNotEmpty().allSatisfy(m -> assertThat(m.entityId()).isEqualTo(own.id()));

            wb.undo();
            assertThat(entityNamed(wb.snapshot(), entity.name()).aliases()).contains(alias);
            wb.redo();
            assertThat(entityNamed(wb.snapshot(), entity.name()).aliases()).doesNotContain(alias);
        }
    }

    @Test
    void reanalysingAChangedArticleKeepsASplit() throws Exception {
        String name;
        String alias;
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            Entity entity = wb.snapshot().entities().stream().filter(e -> e.aliases().size() >= 2).findFirst()
                    .orElseThrow();
            name = entity.name();
            alias = entity.aliases().stream().filter(a -> !a.equals(entity.name())).findFirst().orElseThrow();
            wb.splitEntity(entity.id(), alias);
        }
        Path inputs = dir.resolve("samples");
        Files.createDirectories(inputs);
        try (var files = Files.list(Path.of("samples"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inputs.resolve(f.getFileName()));
            }
        }
        Path changed = inputs.resolve(wb0FirstDocument());
        Files.writeString(changed, Files.readString(changed) + "\nOfficials said 12 people were hurt.\n");
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            AnalysisReport report = wb.analyze(List.of(inputs), null, ProgressListener.NONE, new CancellationToken());
            assertThat(report.analysed()).hasSize(1);
            assertThat(entityNamed(wb.snapshot(), name).aliases()).doesNotContain(alias);
            assertThat(wb.snapshot().entities()).anyMatch(e -> e.aliases().contains(alias) && !e.name().equals(name));
        }
    }

    private String wb0FirstDocument() {
        try (ProjectWorkbench wb = new ProjectWorkbench(project)) {
            return wb.snapshot().documents().get(0).name();
        }
    }

    private static List<Entity> mostMentionedPeople(ProjectSnapshot snapshot) {
        return snapshot.entities().stream().filter(e -> e.type() == org.crosscheck.nlp.MentionType.PERSON)
                .sorted(Comparator.comparingLong((Entity e) -> snapshot.mentions().stream()
                        .filter(m -> e.id().equals(m.entityId())).count()).reversed())
                .toList();
    }

    private static Entity entityNamed(ProjectSnapshot snapshot, String name) {
        return snapshot.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
