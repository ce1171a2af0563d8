package org.ocdsnacional.api.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The server-side deadline of a query. The query runs on its own virtual thread; when the deadline passes, the
 * caller gets a {@code TIMEOUT} error at once, and the query is cancelled: graphql-java stops starting fields and
 * the thread is interrupted, which ends a data fetcher waiting on OpenSearch.
 */
public final class Deadline {

    private final Duration timeout;

    private Deadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** A deadline of {@code timeout} (positive) after each query starts. */
    public static Deadline of(Duration timeout) {
        return new Deadline(timeout);
    }

    /** Runs {@code execution} on {@code input}; a {@code TIMEOUT} error when it does not end in time. */
    public ExecutionResult run(ExecutionInput input, Function<ExecutionInput, ExecutionResult> execution) {
        FutureTask<ExecutionResult> task = new FutureTask<>(() -> execution.apply(input));
        Thread.ofVirtual().name("graphql-query").start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            cancel(input, task);
            return QueryRejected.timeout(timeout).toExecutionResult();
        } catch (InterruptedException e) {
            cancel(input, task);
            Thread.currentThread().interrupt();
            return QueryRejected.timeout(timeout).toExecutionResult();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static void cancel(ExecutionInput input, FutureTask<ExecutionResult> task) {
        input.cancel();
        task.cancel(true);
    }
}
