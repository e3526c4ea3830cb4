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
 * finished article with its outcome, and cancel. Progress arrives on the worker thread and is
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

    /** One finished article: its name, what happened, and the run's progress after it. */
    public record ArticleOutcome(String document, String outcome, double progress) {
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
        TaskExecutor executor = session.executor();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void stage(String message) {
                executor.onUiThread(() -> stage.set(message));
            }

            @Override
            public void article(String document, int done, int total, String outcome) {
                executor.onUiThread(() -> {
                    double fraction = total == 0 ? 1 : (double) done / total;
                    progress.set(fraction);
                    stage.set("Analysed " + done + " of " + total + " articles");
                    articles.add(new ArticleOutcome(document, outcome, fraction));
                });
            }
        };
        CancellationToken cancel = token;
        session.changeInBackground("analyse the articles", wb -> wb.analyze(inputs, null, listener, cancel),
                this::finished, failure -> stopped());
    }

    public void cancel() {
        if (token != null && running.get()) {
            token.cancel();
            stage.set("Cancelling after the current article…");
        }
    }

    private void stopped() {
        running.set(false);
        stage.set("");
    }

    private void finished(AnalysisReport report) {
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
