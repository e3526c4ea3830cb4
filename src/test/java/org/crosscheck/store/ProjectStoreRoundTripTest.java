package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.store.Fixtures.ageClaim;
import static org.crosscheck.store.Fixtures.article;
import static org.crosscheck.store.Fixtures.countClaim;
import static org.crosscheck.store.Fixtures.dateClaim;
import static org.crosscheck.store.Fixtures.entity;
import static org.crosscheck.store.Fixtures.fact;
import static org.crosscheck.store.Fixtures.htmlArticle;
import static org.crosscheck.store.Fixtures.mention;
import static org.crosscheck.store.Fixtures.nlp;
import static org.crosscheck.store.Fixtures.partialDateClaim;
import static org.crosscheck.store.Fixtures.statementClaim;
import static org.crosscheck.store.Fixtures.timeClaim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.load.Article;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreRoundTripTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("crosscheck.db");
    }

    @Test
    void createsLatestSchemaInNewFile() {
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
            assertThat(store.snapshot().documents()).isEmpty();
        }
        assertThat(db()).exists();
    }

    @Test
    void migratesEmptyExistingFile() throws Exception {
        Files.createFile(db());
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
        }
    }

    @Test
    void roundTripsDocumentWithNlpOutputAcrossReopen() {
        Article article = htmlArticle("a.html");
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article, nlp("a.html"));
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            StoredDocument stored = store.document("a.html").orElseThrow();
            Article back = stored.article();
            assertThat(back).usingRecursiveComparison().ignoringFields("offsets").isEqualTo(article);
            assertThat(back.offsets().table()).isEqualTo(article.offsets().table());
            assertThat(back.offsets().originalLength()).isEqualTo(article.offsets().originalLength());
            assertThat(stored.nlp()).isEqualTo(nlp("a.html"));
            assertThat(store.originalText("a.html")).contains(article.originalText());
        }
    }

    @Test
    void keepsIdentityOffsetsAndMetadata() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            Article back = store.document("a.txt").orElseThrow().article();
            assertThat(back.offsets().isIdentity()).isTrue();
            assertThat(back.published()).isEqualTo(LocalDate.of(2020, 9, 9));
            assertThat(back.publishedFrom()).isEqualTo(PublishedFrom.MANIFEST);
            assertThat(back.passages()).isEqualTo(article("a.txt").passages());
        }
    }

    @Test
    void listsDocumentsInOrderFirstSavedAndReplacesOnResave() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("b.txt"), nlp("b.txt"));
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            Article changed = new Article("b.txt", "New text.", "New text.", article("b.txt").offsets(), "new-hash",
                    "New", "Reuters", null, PublishedFrom.NONE, List.of());
            store.saveDocument(changed, new org.crosscheck.nlp.AnnotatedDocument("b.txt", List.of()));

            assertThat(store.documents()).extracting(d -> d.article().name()).containsExactly("b.txt", "a.txt");
            assertThat(store.document("b.txt").orElseThrow().article().originalText()).isEqualTo("New text.");
            assertThat(store.contentHash("b.txt")).contains("new-hash");
            assertThat(store.contentHash("missing.txt")).isEmpty();
            assertThat(store.document("missing.txt")).isEmpty();
        }
    }

    @Test
    void roundTripsAnalysisWithClaimValues() {
        List<Claim> claims = List.of(countClaim("c1", "a.txt"), dateClaim("c2", "a.txt"),
                partialDateClaim("c3", "b.txt"), statementClaim("c4", "b.txt"));
        List<Fact> facts = List.of(fact("f1", List.of("c1", "c3"), FactStatus.DISAGREE, Disagreement.COUNT),
                fact("f2", List.of("c2"), FactStatus.SINGLE, Disagreement.NONE));
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            store.saveDocument(article("b.txt"), nlp("b.txt"));
            store.saveAnalysis(List.of(entity()), List.of(mention("a.txt"), mention("b.txt")), claims, facts,
                    Map.of("b.txt", "a.txt"));
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            ProjectSnapshot snapshot = store.snapshot();
            assertThat(snapshot.claims()).isEqualTo(claims);
            assertThat(snapshot.claims().get(0).value().quantity().high()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(snapshot.facts()).isEqualTo(facts);
            assertThat(snapshot.entities()).containsExactly(entity());
            assertThat(snapshot.mentions()).containsExactly(mention("a.txt"), mention("b.txt"));
            assertThat(snapshot.documents()).containsExactly(
                    new DocumentInfo("a.txt", "Troops to leave Iraq", "AP", LocalDate.of(2020, 9, 9),
                            PublishedFrom.MANIFEST, null, 3, "hash-of-a.txt"),
                    new DocumentInfo("b.txt", "Troops to leave Iraq", "AP", LocalDate.of(2020, 9, 9),
                            PublishedFrom.MANIFEST, "a.txt", 3, "hash-of-b.txt"));
        }
    }

    @Test
    void roundTripsTimesOfDayWithTheirZoneAndEquivalentAndAges() {
        List<Claim> claims = List.of(timeClaim("t1", "a.txt"), ageClaim("g1", "a.txt"));
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            store.saveAnalysis(List.of(entity()), List.of(mention("a.txt")), claims,
                    List.of(fact("f1", List.of("t1"), FactStatus.SINGLE, Disagreement.NONE)), Map.of());
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            List<Claim> read = store.snapshot().claims();
            assertThat(read).isEqualTo(claims);
            assertThat(read.get(0).value().time().equivalentTime().orElseThrow().zoneName()).isEqualTo("GMT");
        }
    }

    @Test
    void saveAnalysisReplacesEarlierAnalysis() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveAnalysis(List.of(entity()), List.of(mention("a.txt")), List.of(countClaim("c1", "a.txt")),
                    List.of(fact("f1", List.of("c1"), FactStatus.SINGLE, Disagreement.NONE)), Map.of());
            store.saveAnalysis(List.of(), List.of(), List.of(dateClaim("c2", "a.txt")), List.of(), Map.of());
            ProjectSnapshot snapshot = store.snapshot();
            assertThat(snapshot.claims()).extracting(Claim::id).containsExactly("c2");
            assertThat(snapshot.facts()).isEmpty();
            assertThat(snapshot.mentions()).isEmpty();
            assertThat(snapshot.entities()).isEmpty();
        }
    }

    @Test
    void roundTripsReviewDecisions() {
        ReviewDecision edited = new ReviewDecision("c1", ReviewState.EDITED, "about 4,000", "checked with AP",
                "new:1234", Instant.parse("2026-11-23T17:00:00.123456Z"));
        ReviewDecision rejected = new ReviewDecision("c2", ReviewState.REJECTED, null, null, null,
                Instant.parse("2026-11-23T17:01:00Z"));
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveReview(edited);
            store.saveReview(rejected);
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.reviews()).containsExactlyInAnyOrderEntriesOf(Map.of("c1", edited, "c2", rejected));
            assertThat(store.snapshot().reviewOf("c1")).isEqualTo(edited);
        }
    }

    @Test
    void reviewsSurviveReanalysis() {
        ReviewDecision accepted = new ReviewDecision("c1", ReviewState.ACCEPTED, null, "ok", null, Instant.now());
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveAnalysis(List.of(), List.of(), List.of(countClaim("c1", "a.txt")), List.of(), Map.of());
            store.saveReview(accepted);
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            store.saveAnalysis(List.of(), List.of(), List.of(), List.of(), Map.of());
            store.saveAnalysis(List.of(), List.of(), List.of(countClaim("c1", "a.txt")), List.of(), Map.of());
            assertThat(store.snapshot().reviews()).containsEntry("c1", accepted);
        }
    }

    @Test
    void savingAReviewReplacesTheEarlierOne() {
        ReviewDecision first = new ReviewDecision("c1", ReviewState.ACCEPTED, null, null, null, Instant.now());
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveReview(first);
            store.saveReview(first.withState(ReviewState.AUTO));
            assertThat(store.reviews().get("c1").state()).isEqualTo(ReviewState.AUTO);
            assertThat(store.reviews()).hasSize(1);
        }
    }

    @Test
    void deletingAReviewBringsTheClaimBackToAuto() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.REJECTED));
            store.deleteReview("c1");
            assertThat(store.reviews()).isEmpty();
            assertThat(store.snapshot().reviewOf("c1").state()).isEqualTo(ReviewState.AUTO);
        }
    }

    @Test
    void takesAHeldDocumentThatIsStillAsStored() {
        try (ProjectStore store = ProjectStore.open(db())) {
            StoredDocument held = new StoredDocument(article("a.txt"), nlp("a.txt"));
            store.saveDocument(held.article(), held.nlp());
            store.saveDocument(article("b.txt"), nlp("b.txt"));

            List<StoredDocument> documents = store.documents(Map.of("a.txt", held));

            assertThat(documents.get(0)).isSameAs(held);
            assertThat(documents.get(1).article().name()).isEqualTo("b.txt");
            assertThat(documents.get(1).nlp()).isEqualTo(nlp("b.txt"));
        }
    }

    @Test
    void readsAHeldDocumentAgainOnceItsDateChanged() {
        try (ProjectStore store = ProjectStore.open(db())) {
            StoredDocument held = new StoredDocument(article("a.txt"), nlp("a.txt"));
            store.saveDocument(held.article(), held.nlp());
            store.setPublished("a.txt", LocalDate.of(2021, 1, 5), PublishedFrom.USER);

            StoredDocument read = store.documents(Map.of("a.txt", held)).get(0);

            assertThat(read).isNotSameAs(held);
            assertThat(read.article().published()).isEqualTo(LocalDate.of(2021, 1, 5));
            assertThat(read.nlp()).isEqualTo(held.nlp());
        }
    }

    @Test
    void setPublishedChangesDateAndSource() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            store.setPublished("a.txt", LocalDate.of(2020, 9, 27), PublishedFrom.USER);
            DocumentInfo info = store.snapshot().documents().get(0);
            assertThat(info.published()).isEqualTo(LocalDate.of(2020, 9, 27));
            assertThat(info.publishedFrom()).isEqualTo(PublishedFrom.USER);
            assertThat(store.document("a.txt").orElseThrow().article().published()).isEqualTo(LocalDate.of(2020, 9, 27));
        }
    }

    @Test
    void removingADocumentRemovesItsDerivedRowsButKeepsReviews() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.saveDocument(article("a.txt"), nlp("a.txt"));
            store.saveDocument(article("b.txt"), nlp("b.txt"));
            store.saveAnalysis(List.of(entity()), List.of(mention("a.txt"), mention("b.txt")),
                    List.of(countClaim("c1", "a.txt"), countClaim("c2", "b.txt")),
                    List.of(fact("f1", List.of("c1"), FactStatus.SINGLE, Disagreement.NONE),
                            fact("f2", List.of("c2"), FactStatus.SINGLE, Disagreement.NONE)),
                    Map.of("b.txt", "a.txt"));
            store.saveReview(ReviewDecision.auto("c1").withState(ReviewState.ACCEPTED));

            store.removeDocument("a.txt");

            ProjectSnapshot snapshot = store.snapshot();
            assertThat(snapshot.documents()).extracting(DocumentInfo::name).containsExactly("b.txt");
            assertThat(snapshot.documents().get(0).copyOf()).isNull();
            assertThat(snapshot.claims()).extracting(Claim::id).containsExactly("c2");
            assertThat(snapshot.facts()).extracting(Fact::id).containsExactly("f2");
            assertThat(snapshot.mentions()).extracting(m -> m.document()).containsExactly("b.txt");
            assertThat(store.document("a.txt")).isEmpty();
            assertThat(snapshot.reviews()).containsKey("c1");
        }
    }

    @Test
    void roundTripsSettings() {
        try (ProjectStore store = ProjectStore.open(db())) {
            store.setSetting("export.folder", "/home/researcher/out");
            store.setSetting("export.folder", "/home/researcher/out2");
        }
        try (ProjectStore store = ProjectStore.open(db())) {
            assertThat(store.setting("export.folder")).contains("/home/researcher/out2");
            assertThat(store.setting("missing")).isEmpty();
        }
    }

    @Test
    void twoStoresInOneProcessCanOpenTheSameFile() {
        try (ProjectStore first = ProjectStore.open(db()); ProjectStore second = ProjectStore.open(db())) {
            first.setSetting("k", "v");
            assertThat(second.setting("k")).contains("v");
        }
        try (ProjectStore again = ProjectStore.open(db())) {
            assertThat(again.setting("k")).contains("v");
        }
    }
}
