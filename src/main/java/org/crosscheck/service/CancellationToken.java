package org.crosscheck.service;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets a caller stop a long run between articles; what is already saved stays saved. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
