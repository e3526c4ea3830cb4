package org.crosscheck.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the result (or the failure) back on the FX thread.
 * View models use it for every call into the core.
 */
public interface TaskExecutor {

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the FX thread (progress reports from worker threads come through here). */
    void onUiThread(Runnable action);

    void shutdown();
}
