package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.service.AnalysisReport;
import org.crosscheck.service.CancellationToken;
import org.crosscheck.service.ProgressListener;

/**
 * A running analysis: the stage (model loading, aligning), the overall progress, one line per
 * article (in progress while its NLP runs, then its outcome), and cancel. Progress arrives on the worker thread and is
 * passed to the FX thread through the executor.
 */
public final class AnalysisViewModel {
    /** A progress value a progress bar shows as "working, amount unknown" (JavaFX's convention). */
    public static final double INDETERMINATE = -1;

    private final ProjectSession session;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty stage = new SimpleStringProperty("");
    private final ObservableList<ArticleOutcome> articles = FXCollections.observableArrayList();
    /** The per-article list shows during a run, and after it only when some article failed. */
    private final BooleanProperty showOutcomes = new SimpleBooleanProperty();
    private CancellationToken token;

    /**
     * One article of the run: its name, and what happened once finished ({@code finished} false
     * while it is being analysed, the outcome then says so).
     */
    public record ArticleOutcome(String document, String outcome, boolean finished) {
        public boolean failed() {
            String lower = outcome.toLowerCase(java.util.Locale.ROOT);
            return finished && (lower.startsWith("fail") || lower.startsWith("not analysed"));
        }
    }

    public AnalysisViewModel(ProjectSession session) {
        this.session = session;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty showOutcomesProperty() {
        return showOutcomes;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public ObservableList<ArticleOutcome> articles() {
        return articles;
    }

    /** Analyses (or re-uses) the given files and folders into the open project. */
    public void analyze(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        if (running.get()) {
            session.statusProperty().set("An analysis is already running; wait for it or cancel it.");
            return;
        }
        token = new CancellationToken();
        running.set(true);
        showOutcomes.set(true);
        progress.set(INDETERMINATE);
        stage.set("Starting the analysis…");
        articles.clear();
        AnalysisClock clock = new AnalysisClock();
        TaskExecutor executor = session.executor();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void stage(String message) {
                executor.onUiThread(() -> stage.set(message));
            }

            @Override
            public void articleStarted(String document, int index, int total) {
                executor.onUiThread(() -> {
                    articles.add(new ArticleOutcome(document, "analysing…", false));
                    if (progress.get() < 0) {
                        progress.set(0);
                    }
                    stage.set(clock.reading(document, done(), total));
                });
            }

            @Override
            public void article(String document, int done, int total, String outcome) {
                executor.onUiThread(() -> {
                    double fraction = total == 0 ? 1 : (double) done / total;
                    progress.set(fraction);
                    clock.finished(done);
                    finish(document, outcome);
                    String reading = articles.stream().filter(a -> !a.finished()).map(ArticleOutcome::document)
                            .reduce((a, b) -> b).orElse(null);
                    stage.set(reading == null ? clock.analysed(done, total) : clock.reading(reading, done, total));
                });
            }
        };
        CancellationToken cancel = token;
        session.changeInBackground("analyse the articles", wb -> wb.analyze(inputs, null, listener, cancel),
                this::finished, failure -> stopped());
    }

    private int done() {
        return (int) articles.stream().filter(ArticleOutcome::finished).count();
    }

    /** Replaces the article's row in progress by its outcome (or adds one if it never started). */
    private void finish(String document, String outcome) {
        ArticleOutcome done = new ArticleOutcome(document, outcome, true);
        for (int i = 0; i < articles.size(); i++) {
            if (!articles.get(i).finished() && articles.get(i).document().equals(document)) {
                articles.set(i, done);
                return;
            }
        }
        articles.add(done);
    }

    /** Rows still in progress when the run ends (a failed or cancelled run) say so instead. */
    private void endUnfinished(String outcome) {
        articles.replaceAll(a -> a.finished() ? a : new ArticleOutcome(a.document(), outcome, true));
    }

    public void cancel() {
        if (token != null && running.get()) {
            token.cancel();
            stage.set("Cancelling after the current article…");
        }
    }

    private void stopped() {
        endUnfinished("stopped");
        running.set(false);
        stage.set("");
    }

    private void finished(AnalysisReport report) {
        endUnfinished(report.cancelled() ? "cancelled" : "stopped");
        running.set(false);
        showOutcomes.set(!report.failures().isEmpty());
        progress.set(1);
        stage.set("");
        session.statusProperty().set(summary(report));
        if (!report.failures().isEmpty()) {
            session.errorProperty().set(new UserError("Some articles could not be analysed", failures(report)));
        }
    }

    static String summary(AnalysisReport report) {
        String done = report.analysed().size() + " analysed, " + report.reused().size() + " unchanged";
        String failed = report.failures().isEmpty() ? "" : ", " + report.failures().size() + " could not be read";
        return (report.cancelled() ? "Analysis cancelled: " : "Analysis finished: ") + done + failed
                + ". Everything finished is saved.";
    }

    static String failures(AnalysisReport report) {
        return report.failures().stream()
                .map(f -> f.file() + ": " + f.reason())
                .collect(Collectors.joining("\n"));
    }
}
