package org.crosscheck.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The application's executor: one background worker, results via {@link Platform#runLater}.
 * One worker, not a pool, because review actions must reach the project file in the order
 * the researcher made them (accept, then undo).
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService worker;

    public FxTaskExecutor() {
        this("crosscheck-worker");
    }

    public FxTaskExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        // Let queued work (closing the project file) finish; a running analysis stops at the
        // next article once cancelled, and what it finished is already saved.
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
