package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.crosscheck.align.Aligner;
import org.crosscheck.align.CopyDetector;
import org.crosscheck.project.Fact;
import org.crosscheck.align.StoryNames;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.MentionNormalizer;
import org.crosscheck.load.Article;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityLinker;
import org.crosscheck.nlp.EntityOverrides;
import org.crosscheck.nlp.LinkedEntities;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.MentionRecord;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.service.StageTimes.Stage;
import org.crosscheck.semantic.ClaimVectors;
import org.crosscheck.semantic.SentenceEncoder;
import org.crosscheck.store.ProjectStore;
import org.crosscheck.store.StoredClaims;
import org.crosscheck.store.StoredDocument;
import org.crosscheck.store.TextVectors;

/**
 * Rebuilds a project's derived output from its stored articles and NLP output: entity links
 * across documents, claims, copies, facts. No NLP runs here, which is what lets a re-analysis
 * of unchanged files, a changed publication date or a review decision cost seconds.
 */
final class Analysis {
    private static final String STALE = "derived.stale";
    /** The build that made the stored facts and copies: only copies this build found are reused after a change. */
    private static final String ALIGNED_BY = "derived.aligned.by";
    private final ProjectStore store;
    private final EntityLinker linker = new EntityLinker();
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final MentionNormalizer values = new MentionNormalizer();
    private final CopyDetector copies = new CopyDetector();
    private final Aligner aligner = new Aligner();
    /** Documents stored anew since the last rebuild (analysed again, dated, given an outlet). */
    private final Set<String> changedDocuments = ConcurrentHashMap.newKeySet();
    /**
     * The documents this process stored since the last rebuild, as it stored them: the rebuild
     * takes them from here instead of decoding them again (the store checks they are still current).
     */
    private final Map<String, StoredDocument> storedSinceRebuild = new ConcurrentHashMap<>();

    Analysis(ProjectStore store) {
        this.store = store;
    }

    /** Everything derived, from the stored documents; written in one transaction. */
    synchronized void rebuild(StageTimes times) {
        rebuild(times, false);
    }

    /**
     * As {@link #rebuild(StageTimes)}, after documents were added or changed: the copies of
     * unchanged documents are not compared again when the stored ones were current and made by this
     * build. The facts are aligned in full: each claim is read in its whole document's context.
     */
    synchronized void update(StageTimes times, boolean wasCurrent) {
        rebuild(times, wasCurrent && ClaimSource.build().equals(store.setting(ALIGNED_BY).orElse(null)));
    }

    private void rebuild(StageTimes times, boolean local) {
        try {
            rebuildFromStore(times, local);
        } finally {
            storedSinceRebuild.clear();
        }
    }

    private void rebuildFromStore(StageTimes times, boolean local) {
        List<StoredDocument> docs = times.time(Stage.STORE, () -> store.documents(storedSinceRebuild));
        List<Article> articles = docs.stream().map(StoredDocument::article).toList();
        LinkedEntities linked = times.time(Stage.CLAIMS, () -> EntityOverrides.apply(
                linker.link(docs.stream().map(StoredDocument::nlp).toList()), store.entityDecisions()));
        Map<String, Entity> entities = MentionRecords.byId(linked.entities());

        StoredClaims stored = times.time(Stage.STORE, store::storedClaims);
        Map<String, List<Claim>> storedClaims = stored.byDocument();
        Map<String, List<MentionRecord>> storedMentions = stored.mentionsByDocument();
        Map<String, String> textSources = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            textSources.put(articles.get(i).name(), ClaimSource.of(articles.get(i), linked.documents().get(i)));
        }
        List<DocumentInfo> infosBefore = local ? times.time(Stage.STORE, store::documentInfos) : List.of();
        Map<String, String> copyOf = times.time(Stage.ALIGN, () -> local
                ? copies.detect(articles, unchangedTexts(articles, stored, textSources), copyOf(infosBefore))
                : copies.detect(articles));
        // a copy is read as of its original's day: a reprint a month later means by "the end of the
        // month" the month its original meant
        List<Article> readAs = CopyReading.asOfOriginals(articles, copyOf);
        List<Claim> claims = new ArrayList<>();
        List<MentionRecord> mentions = new ArrayList<>();
        Map<String, String> claimSources = new HashMap<>();
        times.time(Stage.CLAIMS, () -> {
            // Each document's claims and mentions depend on that document and the entity ids
            // alone, so they are made on every core; the lists keep the documents' order. A
            // document whose claim source is unchanged keeps its stored claims and mention values.
            List<DocumentOutput> outputs = IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
                Article article = readAs.get(i);
                AnnotatedDocument nlp = linked.documents().get(i);
                String source = ClaimSource.of(article, nlp);
                if (source.equals(stored.sources().get(article.name())) && !changedDocuments.contains(article.name())) {
                    return new DocumentOutput(source, storedClaims.getOrDefault(article.name(), List.of()),
                            MentionRecords.renamed(storedMentions.getOrDefault(article.name(), List.of()), entities));
                }
                return new DocumentOutput(source, extractor.extract(article, nlp),
                        MentionRecords.of(article, nlp, values.normalize(nlp, article.published()), entities));
            }).toList();
            for (int i = 0; i < outputs.size(); i++) {
                DocumentOutput output = outputs.get(i);
                claims.addAll(output.claims());
                mentions.addAll(output.mentions());
                claimSources.put(articles.get(i).name(), output.source());
            }
        });
        List<DocumentInfo> infos = DocumentInfos.of(docs, copyOf);
        Map<String, ReviewDecision> reviews = store.reviews();
        StoryNames stories = StoryNames.of(mentions);
        ClaimVectors vectors = vectors(claims, times);
        List<Fact> facts = times.time(Stage.ALIGN, () -> align(claims, infos, reviews, stories, mentions, vectors));
        countEncoding(vectors, times);
        times.time(Stage.STORE, () -> store.saveAnalysis(linked.entities(), mentions, claims, facts, copyOf,
                claimSources, toStore(vectors)));
        store.setSetting(ALIGNED_BY, ClaimSource.build());
        store.setSetting(STALE, "false");
        changedDocuments.clear();
    }

    /**
     * The documents analysed last time whose text, passages and NLP output are as they were: their
     * claim source is unchanged and they were not analysed again in this run.
     */
    private Set<String> unchangedTexts(List<Article> articles, StoredClaims stored, Map<String, String> sources) {
        Set<String> unchanged = new HashSet<>();
        for (Article a : articles) {
            String name = a.name();
            if (!changedDocuments.contains(name) && Objects.equals(sources.get(name), stored.sources().get(name))) {
                unchanged.add(name);
            }
        }
        return unchanged;
    }

    private static Map<String, String> copyOf(List<DocumentInfo> documents) {
        Map<String, String> copyOf = new HashMap<>();
        documents.stream().filter(d -> d.copyOf() != null && !d.copyOf().isEmpty())
                .forEach(d -> copyOf.put(d.name(), d.copyOf()));
        return copyOf;
    }

    /** Regroups and recompares the stored claims after a review decision; claims stay as they are. */
    synchronized void recompare() {
        ProjectSnapshot snapshot = store.snapshot();
        Map<String, String> claimSources = store.claimSources(); // the claims stay, so their sources do
        ClaimVectors vectors = vectors(snapshot.claims(), new StageTimes());
        List<Fact> facts = align(snapshot.claims(), snapshot.documents(), snapshot.reviews(),
                StoryNames.of(snapshot.mentions()), snapshot.mentions(), vectors);
        Map<String, String> copyOf = copyOf(snapshot.documents());
        store.saveAnalysis(snapshot.entities(), snapshot.mentions(), snapshot.claims(), facts, copyOf, claimSources,
                toStore(vectors));
        store.setSetting(ALIGNED_BY, ClaimSource.build());
    }

    /** Stores a document's article and NLP output, a new one at the given place in the list. */
    void saveDocument(Article article, AnnotatedDocument nlp, Integer position) {
        store.saveDocument(article, nlp, position);
        storedSinceRebuild.put(article.name(), new StoredDocument(article, nlp));
    }

    /**
     * Marks the derived output as out of date before a document's NLP output changes, so a run
     * that is cancelled or crashes before the rebuild is finished rebuilds next time.
     */
    void markStale(String document) {
        changedDocuments.add(document);
        store.setSetting(STALE, "true");
    }

    boolean isDerivedOutputCurrent() {
        return !"true".equals(store.setting(STALE).orElse("false"));
    }

    /** An unchanged file whose manifest now says something else (date, outlet, title) updates the stored article. */
    void keepMetadataCurrent(Article loaded) {
        store.document(loaded.name()).ifPresent(stored -> {
            Article old = stored.article();
            // Only a manifest overrides what is stored; a date the researcher set stays.
            boolean dateChanged = loaded.publishedFrom() == PublishedFrom.MANIFEST
                    && old.publishedFrom() != PublishedFrom.USER
                    && !Objects.equals(old.published(), loaded.published());
            boolean outletChanged = loaded.outlet() != null && !loaded.outlet().isBlank()
                    && !Objects.equals(old.outlet(), loaded.outlet());
            // A title (a manifest's new one, or one made of the outlet and the lead) changes no claim.
            // (Not when the outlet the stored title was made with is gone from this load: it stays.)
            boolean titleChanged = !Objects.equals(old.title(), loaded.title())
                    && (loaded.outlet() != null || old.outlet() == null);
            if (dateChanged || outletChanged) {
                markStale(loaded.name());
            }
            if (dateChanged || outletChanged || titleChanged) {
                Article updated = old.publishedFrom() == PublishedFrom.USER
                        ? loaded.withPublished(old.published(), PublishedFrom.USER) : loaded;
                saveDocument(updated, stored.nlp(), null);
            }
        });
    }

    private record DocumentOutput(String source, List<Claim> claims, List<MentionRecord> mentions) {
    }

    private List<Fact> align(List<Claim> claims, List<DocumentInfo> docs, Map<String, ReviewDecision> reviews,
                             StoryNames stories, List<MentionRecord> mentions, ClaimVectors vectors) {
        return aligner.align(ReviewedClaims.effective(claims, reviews, docs), docs, ReviewedClaims.overrides(reviews),
                stories, mentions, vectors);
    }

    /**
     * The claims' sentence vectors: those stored are read back, any other is encoded when the
     * alignment first asks for it (the model loads then, once per process).
     */
    private ClaimVectors vectors(List<Claim> claims, StageTimes times) {
        Map<String, float[]> stored = times.time(Stage.STORE, () -> store.textVectors(SentenceEncoder.BUNDLED_MODEL));
        return times.time(Stage.EMBED, () -> ClaimVectors.of(claims, SentenceEncoder.BUNDLED_MODEL,
                SentenceEncoder::shared, stored));
    }

    /** What encoding on demand cost inside the alignment, charged to its own stage. */
    private static void countEncoding(ClaimVectors vectors, StageTimes times) {
        times.add(Stage.EMBED, vectors.encodeNanos());
        times.countEncoded(vectors.added().size());
    }

    private static TextVectors toStore(ClaimVectors vectors) {
        return new TextVectors(vectors.model(), vectors.added(), vectors.hashes());
    }
}
