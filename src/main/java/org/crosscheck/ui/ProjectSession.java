package org.crosscheck.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosscheck.project.Fact;
import org.crosscheck.claims.Claim;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.service.Workbench;

/**
 * What all screens share: the open workbench, its latest snapshot, the selected fact and
 * claim, and the status line. Lives on the FX thread; every workbench call goes through the
 * task executor, and the snapshot is re-read after each change so every screen shows what
 * the project file holds.
 */
public final class ProjectSession implements AutoCloseable {
    private final TaskExecutor executor;
    private final TaskExecutor analysisExecutor;
    private final WorkbenchOpener opener;
    private Workbench workbench;

    private final ReadOnlyObjectWrapper<SnapshotIndex> index =
            new ReadOnlyObjectWrapper<>(new SnapshotIndex(SnapshotIndex.EMPTY));
    private final ReadOnlyStringWrapper projectName = new ReadOnlyStringWrapper("");
    private final StringProperty selectedFactId = new SimpleStringProperty();
    private final StringProperty selectedClaimId = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("Ready.");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty analysing = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final Map<String, String> texts = new HashMap<>();

    private final ObjectBinding<Optional<Fact>> selectedFact;
    private final ObjectBinding<Optional<Claim>> selectedClaim;

    public ProjectSession(TaskExecutor executor, WorkbenchOpener opener) {
        this(executor, executor, opener);
    }

    /**
     * @param executor         quick workbench calls (review actions, reads), in the order made
     * @param analysisExecutor analysis runs, apart so that a long run does not hold up reading an
     *                         article or recording a decision (the workbench is thread-safe)
     */
    public ProjectSession(TaskExecutor executor, TaskExecutor analysisExecutor, WorkbenchOpener opener) {
        this.executor = executor;
        this.analysisExecutor = analysisExecutor;
        this.opener = opener;
        selectedFact = Bindings.createObjectBinding(() -> index.get().fact(selectedFactId.get()),
                index, selectedFactId);
        selectedClaim = Bindings.createObjectBinding(() -> index.get().claim(selectedClaimId.get()),
                index, selectedClaimId);
    }

    public TaskExecutor executor() {
        return executor;
    }

    // ---- state -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<SnapshotIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public SnapshotIndex index() {
        return index.get();
    }

    public ProjectSnapshot snapshot() {
        return index.get().snapshot();
    }

    public ReadOnlyStringProperty projectNameProperty() {
        return projectName.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Says in the status line that an exported picture was saved, or why not (a view writes pictures itself). */
    public void saved(Path file, Exception failure) {
        if (failure == null) {
            status.set("Saved " + file + ".");
        } else {
            fail("save " + file.getFileName(), failure);
        }
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while an analysis runs; the project file cannot be switched then. */
    public BooleanProperty analysingProperty() {
        return analysing;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty selectedFactIdProperty() {
        return selectedFactId;
    }

    public StringProperty selectedClaimIdProperty() {
        return selectedClaimId;
    }

    public ObjectBinding<Optional<Fact>> selectedFactProperty() {
        return selectedFact;
    }

    public ObjectBinding<Optional<Claim>> selectedClaimProperty() {
        return selectedClaim;
    }

    public Optional<Workbench> workbench() {
        return Optional.ofNullable(workbench);
    }

    // ---- selection ---------------------------------------------------------------------

    /** Selects a fact and, unless the selected claim already belongs to it, its first claim. */
    public void selectFact(String factId) {
        selectedFactId.set(factId);
        Optional<Fact> fact = index.get().fact(factId);
        String claimId = selectedClaimId.get();
        if (fact.isEmpty()) {
            selectedClaimId.set(null);
        } else if (claimId == null || !fact.get().claimIds().contains(claimId)) {
            List<Claim> claims = index.get().claimsOf(fact.get());
            selectedClaimId.set(claims.isEmpty() ? null : claims.get(0).id());
        }
    }

    /** Selects a claim and the fact that holds it. */
    public void selectClaim(String claimId) {
        selectedClaimId.set(claimId);
        selectedFactId.set(index.get().factOfClaim(claimId).map(Fact::id).orElse(null));
    }

    // ---- workbench calls -----------------------------------------------------------------

    /** Takes over an already open workbench (the launcher's or a test's) and reads its snapshot. */
    public void use(Workbench opened) {
        Workbench previous = workbench;
        workbench = opened;
        texts.clear();
        projectName.set(opened.projectFile() == null ? "" : String.valueOf(opened.projectFile().getFileName()));
        if (previous != null && previous != opened) {
            executor.submit(() -> {
                previous.close();
                return null;
            }, ignored -> { }, ignored -> { });
        }
        refresh("Opened " + projectName.get() + ".");
    }

    /** Opens another project file in the background; the current one stays open if that fails. */
    public void open(Path projectFile) {
        open(projectFile, () -> { });
    }

    /** Opens a project file, then runs {@code then} (on the FX thread) once it is open. */
    public void open(Path projectFile, Runnable then) {
        if (refuseWhileAnalysing("open another project")) {
            return;
        }
        busy.set(true);
        status.set("Opening " + projectFile.getFileName() + "…");
        executor.submit(() -> opener.open(projectFile), opened -> {
            busy.set(false);
            use(opened);
            then.run();
        }, failure -> fail("open the project " + projectFile.getFileName(), failure));
    }

    /**
     * Copies the project file to {@code target} and continues in the copy. The workbench writes
     * every edit at once, so the copy holds all of them; the old file stays as it was.
     */
    public void saveAs(Path target) {
        Workbench current = requireWorkbench("save the project");
        if (current == null || refuseWhileAnalysing("save the project as another file")) {
            return;
        }
        busy.set(true);
        executor.submit(() -> copyProject(current, target), saved -> {
            busy.set(false);
            workbench = null;
            use(saved.workbench());
            if (saved.failure() == null) {
                status.set("Saved the project as " + target + ".");
            } else {
                fail("save the project as " + target.getFileName(), saved.failure());
            }
        }, failure -> fail("save the project as " + target.getFileName(), failure));
    }

    /** Worker side of save-as: the copy opened, or the original reopened with the reason the copy failed. */
    private SaveResult copyProject(Workbench current, Path target) throws Exception {
        Path source = current.projectFile();
        current.close();
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return new SaveResult(opener.open(target), null);
        } catch (Exception copyFailed) {
            return new SaveResult(opener.open(source), copyFailed);
        }
    }

    private record SaveResult(Workbench workbench, Exception failure) {
    }

    /** Runs one review action and re-reads the project; {@code done} names it for the status line. */
    public void perform(String action, String done, Consumer<Workbench> change) {
        change(action, wb -> {
            change.accept(wb);
            return done;
        }, result -> { });
    }

    /**
     * Runs a change that returns a result (an analysis report), re-reads the project, then hands
     * the result to {@code then}; a String result becomes the status line.
     */
    public <T> void change(String action, Function<Workbench, T> change, Consumer<T> then) {
        change(action, change, then, failure -> { });
    }

    /** As above; {@code onFailure} runs after the failure has been reported, or when no project is open. */
    public <T> void change(String action, Function<Workbench, T> change, Consumer<T> then,
                           Consumer<Throwable> onFailure) {
        change(executor, action, change, then, onFailure);
    }

    /** A long change (an analysis run) on the analysis executor; otherwise as {@link #change}. */
    public <T> void changeInBackground(String action, Function<Workbench, T> change, Consumer<T> then,
                                       Consumer<Throwable> onFailure) {
        analysing.set(true);
        change(analysisExecutor, action, change, result -> {
            analysing.set(false);
            then.accept(result);
        }, failure -> {
            analysing.set(false);
            onFailure.accept(failure);
        });
    }

    private boolean refuseWhileAnalysing(String action) {
        if (analysing.get()) {
            status.set("Cannot " + action + " while articles are being analysed: wait for the end or cancel.");
        }
        return analysing.get();
    }

    private <T> void change(TaskExecutor on, String action, Function<Workbench, T> change, Consumer<T> then,
                            Consumer<Throwable> onFailure) {
        Workbench current = requireWorkbench(action);
        if (current == null) {
            onFailure.accept(new IllegalStateException("no project is open"));
            return;
        }
        busy.set(true);
        on.submit(() -> {
            T result = change.apply(current);
            return new Changed<>(result, readState(current));
        }, changed -> {
            apply(changed.state(), changed.result() instanceof String done ? done : null);
            then.accept(changed.result());
        }, failure -> {
            fail(action, failure);
            onFailure.accept(failure);
        });
    }

    /** Reads something from the workbench in the background and hands it to {@code then}. */
    public <T> void read(String action, Function<Workbench, T> query, Consumer<T> then) {
        Workbench current = requireWorkbench(action);
        if (current == null) {
            return;
        }
        executor.submit(() -> query.apply(current), then, failure -> fail(action, failure));
    }

    /** Re-reads the snapshot, keeping the selection where it still exists. */
    public void refresh(String done) {
        Workbench current = workbench;
        if (current == null) {
            return;
        }
        busy.set(true);
        executor.submit(() -> readState(current), state -> apply(state, done),
                failure -> fail("read the project", failure));
    }

    /** The text of a document, fetched once per project and cached. */
    public void documentText(String document, Consumer<String> then) {
        String cached = texts.get(document);
        if (cached != null) {
            then.accept(cached);
            return;
        }
        read("read the text of " + document, wb -> wb.documentText(document), text -> {
            texts.put(document, text);
            then.accept(text);
        });
    }

    private Workbench requireWorkbench(String action) {
        if (workbench == null) {
            status.set("Could not " + action + ": no project is open.");
        }
        return workbench;
    }

    private static State readState(Workbench wb) {
        return new State(wb.snapshot(), wb.canUndo(), wb.canRedo());
    }

    private void apply(State state, String done) {
        busy.set(false);
        // Keep the selection on the same claim; its fact may have changed (merge, move, split).
        // Read before the new snapshot goes out: screens may move the selection as they refresh.
        String claimId = selectedClaimId.get();
        String factId = selectedFactId.get();
        index.set(new SnapshotIndex(state.snapshot()));
        canUndo.set(state.canUndo());
        canRedo.set(state.canRedo());
        if (claimId != null && index.get().claim(claimId).isPresent()) {
            selectClaim(claimId);
        } else if (factId != null) {
            selectFact(index.get().fact(factId).map(Fact::id).orElse(null));
        }
        // With nothing selected before, whatever the screens chose on refresh stays chosen.
        if (done != null) {
            status.set(done);
        }
    }

    void fail(String action, Throwable failure) {
        busy.set(false);
        String message = PlainMessages.couldNot(action, failure);
        status.set(message);
        error.set(new UserError("Could not " + action, message));
    }

    @Override
    public void close() {
        Workbench current = workbench;
        workbench = null;
        if (current != null) {
            executor.submit(() -> {
                current.close();
                return null;
            }, ignored -> { }, ignored -> { });
        }
    }

    private record Changed<T>(T result, State state) {
    }

    private record State(ProjectSnapshot snapshot, boolean canUndo, boolean canRedo) {
    }
}
