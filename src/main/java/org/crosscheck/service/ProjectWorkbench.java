package org.crosscheck.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.crosscheck.project.Fact;
import org.crosscheck.export.CsvExporter;
import org.crosscheck.load.Article;
import org.crosscheck.load.ArticleInput;
import org.crosscheck.load.ArticleLoader;
import org.crosscheck.load.InputCollector;
import org.crosscheck.load.LoadException;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityDecision;
import org.crosscheck.nlp.corenlp.CoreNlpAnnotator;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.crosscheck.review.ReviewComparison;
import org.crosscheck.review.ReviewFile;
import org.crosscheck.service.StageTimes.Stage;
import org.crosscheck.store.ProjectStore;
import org.crosscheck.store.StoredDocument;

/**
 * The workbench on a real project file: the CLI and the GUI both use it.
 *
 * <p>Analysis runs articles through load and NLP on a thread pool (one CoreNLP pipeline shared
 * by all threads), stores each article's NLP output as soon as it is done (so a cancelled or
 * failed run keeps what it finished), then rebuilds the derived output (entities, claims,
 * facts) in one step. Review decisions are stored apart and re-applied after every rebuild.
 */
public final class ProjectWorkbench implements Workbench {

    /** The loader keeps no state between files; one instance serves every thread. */
    private static final ArticleLoader LOADER = new ArticleLoader();

    private final Path projectFile;
    private final ProjectStore store;
    private final int threads;
    private final Analysis analysis;
    private final ReviewHistory history = new ReviewHistory();
    private volatile StageTimes lastRunTimes = new StageTimes();

    public ProjectWorkbench(Path projectFile) {
        this(projectFile, Runtime.getRuntime().availableProcessors());
    }

    public ProjectWorkbench(Path projectFile, int threads) {
        this.projectFile = projectFile;
        this.store = ProjectStore.open(projectFile);
        this.threads = Math.max(1, threads);
        this.analysis = new Analysis(store);
    }

    @Override
    public Path projectFile() {
        return projectFile;
    }

    /** Time per stage of the last analyse run, for the benchmark. */
    public StageTimes lastRunTimes() {
        return lastRunTimes;
    }

    @Override
    public AnalysisReport analyze(List<Path> inputPaths, Path manifestFile, ProgressListener progress,
                                  CancellationToken cancel) {
        StageTimes times = new StageTimes();
        lastRunTimes = times;
        List<AnalysisReport.InputFailure> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> analysed = Collections.synchronizedList(new ArrayList<>());
        List<String> reused = Collections.synchronizedList(new ArrayList<>());

        InputCollector.Inputs inputs = InputCollector.collect(inputPaths, manifestFile);
        inputs.problems().forEach(p -> failures.add(failureOf(p)));
        List<ArticleInput> files = inputs.articles();

        boolean wasCurrent = analysis.isDerivedOutputCurrent();
        progress.stage("Loading CoreNLP models (once per process)...");
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int lastPosition = store.lastPosition(); // new articles are listed in input order, however they finish
        try {
            for (int i = 0; i < files.size(); i++) {
                ArticleInput input = files.get(i);
                int index = i;
                pool.submit(() -> {
                    String outcome = analyseOne(input, lastPosition + index + 1, annotator, times, cancel, analysed,
                            reused, failures,
                            () -> progress.articleStarted(input.file().getFileName().toString(), index, files.size()));
                    progress.article(input.file().getFileName().toString(), done.incrementAndGet(), files.size(),
                            outcome);
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        if (!analysed.isEmpty() || !analysis.isDerivedOutputCurrent()) {
            progress.stage("Extracting and aligning claims...");
            analysis.update(times, wasCurrent);
        }
        return new AnalysisReport(analysed, reused, failures, cancel.isCancelled());
    }

    private String analyseOne(ArticleInput input, int position, CoreNlpAnnotator annotator, StageTimes times,
                              CancellationToken cancel, List<String> analysed, List<String> reused,
                              List<AnalysisReport.InputFailure> failures, Runnable started) {
        if (cancel.isCancelled()) {
            return "cancelled";
        }
        started.run();
        Path file = input.file();
        try {
            long loadStart = System.nanoTime();
            Article article = LOADER.load(file, input.entry());
            times.add(Stage.LOAD, System.nanoTime() - loadStart);
            if (article.contentHash().equals(store.contentHash(article.name()).orElse(null))) {
                times.time(Stage.STORE, () -> analysis.keepMetadataCurrent(article));
                reused.add(article.name());
                return "unchanged, stored analysis reused";
            }
            analysis.markStale(article.name());
            AnnotatedDocument nlp = times.time(Stage.NLP,
                    () -> annotator.annotate(article.name(), article.analysisText(), article.published()));
            times.time(Stage.STORE, () -> analysis.saveDocument(article, nlp, position));
            analysed.add(article.name());
            return nlp.tokenCount() + " tokens analysed";
        } catch (LoadException e) {
            failures.add(failureOf(e));
            return "not analysed: " + e.problem();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failures.add(new AnalysisReport.InputFailure(file.toString(), reason));
            return "failed: " + reason;
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: each article finishes or fails on its own
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ProjectSnapshot snapshot() {
        return store.snapshot();
    }

    @Override
    public String documentText(String document) {
        return store.originalText(document)
                .orElseThrow(() -> new IllegalArgumentException("no document named " + document));
    }

    @Override
    public void accept(String claimId) {
        review(List.of(claimId), d -> d.withState(ReviewState.ACCEPTED), false);
    }

    @Override
    public void reject(String claimId) {
        review(List.of(claimId), d -> d.withState(ReviewState.REJECTED), true);
    }

    @Override
    public void acceptAll(List<String> claimIds) {
        if (!claimIds.isEmpty()) {
            review(claimIds, d -> d.withState(ReviewState.ACCEPTED), false);
        }
    }

    @Override
    public void rejectAll(List<String> claimIds) {
        if (!claimIds.isEmpty()) {
            review(claimIds, d -> d.withState(ReviewState.REJECTED), true);
        }
    }

    @Override
    public void editValue(String claimId, String value) {
        review(List.of(claimId), d -> d.withEditedValue(value), true);
    }

    @Override
    public void note(String claimId, String note) {
        review(List.of(claimId), d -> d.withNote(note), false);
    }

    @Override
    public void moveClaim(String claimId, String targetClaimId) {
        review(List.of(claimId), d -> d.withFactOverride("claim:" + targetClaimId), true);
    }

    @Override
    public void splitClaim(String claimId) {
        String own = "new:" + UUID.randomUUID();
        review(List.of(claimId), d -> d.withFactOverride(own), true);
    }

    @Override
    public void mergeFacts(String factId, String otherFactId) {
        ProjectSnapshot snapshot = store.snapshot();
        Fact target = findFact(snapshot, factId);
        Fact other = findFact(snapshot, otherFactId);
        String anchor = "claim:" + target.claimIds().get(0);
        review(other.claimIds(), d -> d.withFactOverride(anchor), true);
    }

    private static Fact findFact(ProjectSnapshot snapshot, String factId) {
        return snapshot.facts().stream().filter(f -> f.id().equals(factId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fact " + factId));
    }

    /** Applies one review action to some claims, stores it, records it for undo and recompares if needed. */
    private synchronized void review(List<String> claimIds, UnaryOperator<ReviewDecision> change, boolean recompare) {
        Map<String, ReviewDecision> current = store.reviews();
        List<ReviewDecision> before = new ArrayList<>();
        List<ReviewDecision> after = new ArrayList<>();
        for (String id : claimIds) {
            ReviewDecision old = current.getOrDefault(id, ReviewDecision.auto(id));
            before.add(old);
            after.add(change.apply(old));
        }
        applyDecisions(after, recompare);
        history.record(new ReviewHistory.ClaimStep(before, after));
    }

    @Override
    public synchronized void adoptDecisions(List<ReviewDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        Map<String, ReviewDecision> current = store.reviews();
        List<ReviewDecision> before = decisions.stream()
                .map(d -> current.getOrDefault(d.claimId(), ReviewDecision.auto(d.claimId()))).toList();
        List<ReviewDecision> after = decisions.stream().map(ReviewDecision::touched).toList();
        applyDecisions(after, true);
        history.record(new ReviewHistory.ClaimStep(before, after));
    }

    private void applyDecisions(List<ReviewDecision> decisions, boolean recompare) {
        store.saveReviews(decisions);
        if (recompare) {
            analysis.recompare();
        }
    }

    @Override
    public void mergeEntities(String keepEntityId, String otherEntityId) {
        ProjectSnapshot snapshot = store.snapshot();
        Entity keep = findEntity(snapshot, keepEntityId);
        Entity other = findEntity(snapshot, otherEntityId);
        if (keep.id().equals(other.id())) {
            throw new IllegalArgumentException("cannot merge " + keep.name() + " with itself");
        }
        entityDecision(new EntityDecision(UUID.randomUUID().toString(), EntityDecision.Kind.MERGE,
                keep.name(), other.name()));
    }

    @Override
    public void splitEntity(String entityId, String alias) {
        Entity entity = findEntity(snapshot(), entityId);
        if (!entity.aliases().contains(alias)) {
            throw new IllegalArgumentException(entity.name() + " is never written as " + alias);
        }
        if (entity.aliases().size() < 2) {
            throw new IllegalArgumentException(entity.name() + " has no other name to split off");
        }
        entityDecision(new EntityDecision(UUID.randomUUID().toString(), EntityDecision.Kind.SPLIT,
                entity.name(), alias));
    }

    private static Entity findEntity(ProjectSnapshot snapshot, String id) {
        return snapshot.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    }

    /** Stores an entity decision, records it for undo and rebuilds (entity ids reach claims and mentions). */
    private synchronized void entityDecision(EntityDecision decision) {
        store.saveEntityDecision(decision);
        history.record(new ReviewHistory.EntityStep(decision));
        analysis.rebuild(new StageTimes());
    }

    @Override
    public void setPublished(String document, LocalDate date) {
        store.setPublished(document, date, date == null ? PublishedFrom.NONE : PublishedFrom.USER);
        analysis.rebuild(new StageTimes());
    }

    @Override
    public synchronized void setTitle(String document, String title) {
        String after = title == null || title.isBlank() ? null : title.strip();
        String before = store.titleEdits().get(document);
        store.setTitle(document, after);
        history.record(new ReviewHistory.TitleStep(document, before, after));
    }

    @Override
    public void exportReviews(Path file) {
        ReviewFile.write(store.snapshot(), file);
    }

    @Override
    public ReviewComparison compareReviews(Path file) {
        return ReviewComparison.of(store.snapshot(), ReviewFile.read(file), file);
    }

    @Override
    public boolean canUndo() {
        return history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return history.canRedo();
    }

    @Override
    public synchronized void undo() {
        ReviewHistory.Step step = history.popUndo();
        if (step instanceof ReviewHistory.ClaimStep claims) {
            applyDecisions(claims.before(), true);
        } else if (step instanceof ReviewHistory.EntityStep entity) {
            store.deleteEntityDecision(entity.decision().id());
            analysis.rebuild(new StageTimes());
        } else if (step instanceof ReviewHistory.TitleStep title) {
            store.setTitle(title.document(), title.before());
        }
    }

    @Override
    public synchronized void redo() {
        ReviewHistory.Step step = history.popRedo();
        if (step instanceof ReviewHistory.ClaimStep claims) {
            applyDecisions(claims.after(), true);
        } else if (step instanceof ReviewHistory.EntityStep entity) {
            store.saveEntityDecision(entity.decision());
            analysis.rebuild(new StageTimes());
        } else if (step instanceof ReviewHistory.TitleStep title) {
            store.setTitle(title.document(), title.after());
        }
    }

    @Override
    public void export(Path dir) {
        lastRunTimes.time(Stage.EXPORT, () -> CsvExporter.export(store.snapshot(), dir));
    }

    @Override
    public void close() {
        store.close();
    }

    private static AnalysisReport.InputFailure failureOf(LoadException e) {
        return new AnalysisReport.InputFailure(e.file().toString(), e.problem());
    }
}
