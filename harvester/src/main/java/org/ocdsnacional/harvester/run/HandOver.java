package org.ocdsnacional.harvester.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hands work to the sink on a thread of its own, in order and one task at a time, so that reading and validating
 * the next batch overlaps the indexing of the previous one. A task that failed makes the next {@link #submit} or
 * {@link #await} throw its exception, on the run's thread.
 */
final class HandOver implements AutoCloseable {

    private final ExecutorService executor;
    private Future<?> inFlight = CompletableFuture.completedFuture(null);

    HandOver(String name) {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Waits for the task in flight, then starts {@code task}. */
    void submit(Runnable task) {
        await();
        inFlight = executor.submit(task);
    }

    /** Waits for the task in flight; rethrows what it threw. */
    void await() {
        Future<?> pending = inFlight;
        inFlight = CompletableFuture.completedFuture(null);
        try {
            pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrumpida mientras se indexaba / Interrupted while indexing", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
