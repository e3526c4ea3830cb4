package org.crosscheck.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.nlp.Entity;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;
import org.crosscheck.service.Workbench;

/**
 * TEST FIXTURE: a {@link Workbench} over a hand-built snapshot held in memory, so the UI tests
 * drive the real window without the NLP. It applies review actions (decisions, merges, moves,
 * splits, dates) with undo and redo; it does no analysis and compares nothing.
 */
final class InMemoryWorkbench implements Workbench {
    private final Path projectFile;
    private final Map<String, String> texts;
    private State state;
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException nextFailure;
    private int splitCount;
    private volatile long millisPerArticle;
    boolean closed;

    private record State(ProjectSnapshot snapshot) {
    }

    InMemoryWorkbench(Path projectFile, ProjectSnapshot snapshot, Map<String, String> texts) {
        this.projectFile = projectFile;
        this.state = new State(snapshot);
        this.texts = Map.copyOf(texts);
    }

    /** The next call fails with {@code failure}, as a locked or damaged project file would. */
    void failNextCallWith(RuntimeException failure) {
        this.nextFailure = failure;
    }

    /** Makes each analysed article take this long, to watch progress and cancel a run. */
    void takeMillisPerArticle(long millis) {
        this.millisPerArticle = millis;
    }

    /** The review calls received, in order ("accept c1"). */
    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Path projectFile() {
        return projectFile;
    }

    @Override
    public AnalysisReport analyze(List<Path> inputs, Path manifest, ProgressListener progress,
                                               CancellationToken cancel) {
        record("analyze " + inputs.size());
        progress.stage("Loading models");
        List<String> analysed = new ArrayList<>();
        List<AnalysisReport.InputFailure> failures = new ArrayList<>();
        int done = 0;
        for (Path input : inputs) {
            if (cancel.isCancelled()) {
                return new AnalysisReport(analysed, List.of(), failures, true);
            }
            String name = String.valueOf(input.getFileName());
            progress.articleStarted(name, done, inputs.size());
            done++;
            pause();
            if (name.startsWith("empty")) {
                failures.add(new AnalysisReport.InputFailure(name, "the file is empty"));
                progress.article(name, done, inputs.size(), "failed: the file is empty");
            } else {
                analysed.add(name);
                progress.article(name, done, inputs.size(), "analysed");
            }
        }
        return new AnalysisReport(analysed, List.of(), failures, false);
    }

    private void pause() {
        try {
            Thread.sleep(millisPerArticle);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized ProjectSnapshot snapshot() {
        return state.snapshot();
    }

    @Override
    public String documentText(String document) {
        String text = texts.get(document);
        if (text == null) {
            throw new IllegalArgumentException("No document named " + document);
        }
        return text;
    }

    @Override
    public synchronized void accept(String claimId) {
        record("accept " + claimId);
        review(claimId, d -> d.withState(ReviewState.ACCEPTED));
    }

    @Override
    public synchronized void reject(String claimId) {
        record("reject " + claimId);
        review(claimId, d -> d.withState(ReviewState.REJECTED));
    }

    @Override
    public synchronized void acceptAll(List<String> claimIds) {
        record("accept all " + claimIds.size());
        reviewAll(claimIds, d -> d.withState(ReviewState.ACCEPTED));
    }

    @Override
    public synchronized void rejectAll(List<String> claimIds) {
        record("reject all " + claimIds.size());
        reviewAll(claimIds, d -> d.withState(ReviewState.REJECTED));
    }

    @Override
    public synchronized void adoptDecisions(List<ReviewDecision> decisions) {
        record("adopt " + decisions.size());
        Map<String, ReviewDecision> reviews = new HashMap<>(state.snapshot().reviews());
        decisions.forEach(d -> reviews.put(d.claimId(), d));
        change(state.snapshot().facts(), reviews);
    }

    @Override
    public synchronized void setTitle(String document, String title) {
        record("title " + document + " " + title);
        List<DocumentInfo> docs = state.snapshot().documents().stream()
                .map(d -> d.name().equals(document)
                        ? new DocumentInfo(d.name(), title, d.outlet(), d.published(), d.publishedFrom(), d.copyOf(),
                                d.tokens(), d.contentHash())
                        : d)
                .toList();
        ProjectSnapshot s = state.snapshot();
        push(new State(new ProjectSnapshot(docs, s.mentions(), s.entities(), s.claims(), s.facts(), s.reviews())));
    }

    @Override
    public synchronized void exportReviews(Path file) {
        record("export reviews " + file);
        org.crosscheck.review.ReviewFile.write(state.snapshot(), file);
    }

    @Override
    public synchronized org.crosscheck.review.ReviewComparison compareReviews(Path file) {
        record("compare reviews " + file);
        return org.crosscheck.review.ReviewComparison.of(state.snapshot(),
                org.crosscheck.review.ReviewFile.read(file), file);
    }

    @Override
    public synchronized void editValue(String claimId, String value) {
        record("edit " + claimId + " " + value);
        review(claimId, d -> d.withEditedValue(value));
    }

    @Override
    public synchronized void note(String claimId, String note) {
        record("note " + claimId);
        review(claimId, d -> d.withNote(note));
    }

    @Override
    public synchronized void moveClaim(String claimId, String targetClaimId) {
        record("move " + claimId + " " + targetClaimId);
        List<Fact> facts = new ArrayList<>();
        for (Fact f : state.snapshot().facts()) {
            List<String> ids = new ArrayList<>(f.claimIds());
            ids.remove(claimId);
            if (f.claimIds().contains(targetClaimId)) {
                ids.add(claimId);
            }
            if (!ids.isEmpty()) {
                facts.add(withClaims(f, ids, f.status()));
            }
        }
        change(facts, Map.of());
    }

    @Override
    public synchronized void splitClaim(String claimId) {
        record("split " + claimId);
        List<Fact> facts = new ArrayList<>();
        Fact own = null;
        for (Fact f : state.snapshot().facts()) {
            if (f.claimIds().contains(claimId)) {
                List<String> rest = new ArrayList<>(f.claimIds());
                rest.remove(claimId);
                if (!rest.isEmpty()) {
                    facts.add(withClaims(f, rest, f.status()));
                }
                own = new Fact("split-" + (++splitCount), f.kind(), f.label(), List.of(claimId), FactStatus.SINGLE,
                        Disagreement.NONE, 1);
            } else {
                facts.add(f);
            }
        }
        if (own != null) {
            facts.add(own);
        }
        change(facts, Map.of());
    }

    @Override
    public synchronized void mergeFacts(String factId, String otherFactId) {
        record("merge " + factId + " " + otherFactId);
        List<Fact> facts = new ArrayList<>();
        Fact other = state.snapshot().facts().stream().filter(f -> f.id().equals(otherFactId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fact " + otherFactId));
        for (Fact f : state.snapshot().facts()) {
            if (f.id().equals(factId)) {
                List<String> ids = new ArrayList<>(f.claimIds());
                ids.addAll(other.claimIds());
                boolean disagree = f.status() == FactStatus.DISAGREE || other.status() == FactStatus.DISAGREE;
                facts.add(withClaims(f, ids, disagree ? FactStatus.DISAGREE : FactStatus.AGREE));
            } else if (!f.id().equals(otherFactId)) {
                facts.add(f);
            }
        }
        change(facts, Map.of());
    }

    @Override
    public synchronized void mergeEntities(String keepEntityId, String otherEntityId) {
        record("merge entities " + keepEntityId + " " + otherEntityId);
        ProjectSnapshot s = state.snapshot();
        Entity other = entity(otherEntityId);
        List<Entity> entities = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (e.id().equals(keepEntityId)) {
                Set<String> aliases = new java.util.TreeSet<>(e.aliases());
                aliases.addAll(other.aliases());
                entities.add(new Entity(e.id(), e.name(), e.type(), List.copyOf(aliases)));
            } else if (!e.id().equals(otherEntityId)) {
                entities.add(e);
            }
        }
        push(new State(new ProjectSnapshot(s.documents(), s.mentions(), entities, s.claims(), s.facts(), s.reviews())));
    }

    @Override
    public synchronized void splitEntity(String entityId, String alias) {
        record("split entity " + entityId + " " + alias);
        ProjectSnapshot s = state.snapshot();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (e.id().equals(entityId)) {
                List<String> rest = new ArrayList<>(e.aliases());
                rest.remove(alias);
                entities.add(new Entity(e.id(), e.name(), e.type(), rest));
                entities.add(new Entity(e.id() + "-split-" + (++splitCount), alias, e.type(), List.of(alias)));
            } else {
                entities.add(e);
            }
        }
        push(new State(new ProjectSnapshot(s.documents(), s.mentions(), entities, s.claims(), s.facts(), s.reviews())));
    }

    private Entity entity(String id) {
        return state.snapshot().entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No entity " + id));
    }

    @Override
    public synchronized void setPublished(String document, LocalDate date) {
        record("published " + document + " " + date);
        List<DocumentInfo> docs = state.snapshot().documents().stream()
                .map(d -> d.name().equals(document)
                        ? new DocumentInfo(d.name(), d.title(), d.outlet(), date, PublishedFrom.USER, d.copyOf(),
                                d.tokens(), d.contentHash())
                        : d)
                .toList();
        ProjectSnapshot s = state.snapshot();
        push(new State(new ProjectSnapshot(docs, s.mentions(), s.entities(), s.claims(), s.facts(), s.reviews())));
    }

    @Override
    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    @Override
    public synchronized void undo() {
        record("undo");
        if (!undo.isEmpty()) {
            redo.push(state);
            state = undo.pop();
        }
    }

    @Override
    public synchronized void redo() {
        record("redo");
        if (!redo.isEmpty()) {
            undo.push(state);
            state = redo.pop();
        }
    }

    @Override
    public synchronized void export(Path dir) {
        record("export " + dir);
        StringBuilder csv = new StringBuilder("claim_id,review\n");
        for (Claim c : state.snapshot().claims()) {
            csv.append(c.id()).append(',').append(state.snapshot().reviewOf(c.id()).state().csvName()).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("claims.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve("claims.csv"), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private synchronized void record(String call) {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        calls.add(call);
    }

    private void review(String claimId, UnaryOperator<ReviewDecision> change) {
        reviewAll(List.of(claimId), change);
    }

    private void reviewAll(List<String> claimIds, UnaryOperator<ReviewDecision> change) {
        ProjectSnapshot s = state.snapshot();
        Map<String, ReviewDecision> reviews = new HashMap<>(s.reviews());
        for (String claimId : claimIds) {
            if (s.claims().stream().noneMatch(c -> c.id().equals(claimId))) {
                throw new IllegalArgumentException("No claim " + claimId);
            }
            reviews.put(claimId, change.apply(s.reviewOf(claimId)));
        }
        change(s.facts(), reviews);
    }

    private void change(List<Fact> facts, Map<String, ReviewDecision> reviews) {
        ProjectSnapshot s = state.snapshot();
        push(new State(new ProjectSnapshot(s.documents(), s.mentions(), s.entities(), s.claims(), facts,
                reviews.isEmpty() ? s.reviews() : reviews)));
    }

    private void push(State next) {
        undo.push(state);
        redo.clear();
        state = next;
    }

    private Fact withClaims(Fact f, List<String> ids, FactStatus status) {
        Set<String> docs = new HashSet<>();
        for (Claim c : state.snapshot().claims()) {
            if (ids.contains(c.id())) {
                docs.add(c.document());
            }
        }
        FactStatus s = docs.size() < 2 ? FactStatus.SINGLE : status == FactStatus.SINGLE ? FactStatus.AGREE : status;
        return new Fact(f.id(), f.kind(), f.label(), ids, s,
                s == FactStatus.DISAGREE ? f.disagreement() : Disagreement.NONE, docs.size());
    }
}
