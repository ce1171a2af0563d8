package org.ocdsnacional.api.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The server-side deadline of a query. The query runs on the caller's thread (no hand-over to another thread on
 * the way); an alarm set for the deadline cancels it: graphql-java stops starting fields and the caller's thread is
 * interrupted, which ends a data fetcher waiting on OpenSearch. The caller then gets a {@code TIMEOUT} error, and
 * its thread is left without the interrupt. Close it to stop the alarm clock.
 */
public final class Deadline implements AutoCloseable {

    private final Duration timeout;
    private final ScheduledExecutorService alarms;

    private Deadline(Duration timeout, ScheduledExecutorService alarms) {
        this.timeout = timeout;
        this.alarms = alarms;
    }

    /** A deadline of {@code timeout} (positive) after each query starts. */
    public static Deadline of(Duration timeout) {
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform()
                .name("graphql-deadline").daemon().factory());
        alarms.setRemoveOnCancelPolicy(true);
        return new Deadline(timeout, Executors.unconfigurableScheduledExecutorService(alarms));
    }

    /** Runs {@code execution} on {@code input}; a {@code TIMEOUT} error when it does not end in time. */
    public ExecutionResult run(ExecutionInput input, Function<ExecutionInput, ExecutionResult> execution) {
        Query query = new Query(input, Thread.currentThread());
        ScheduledFuture<?> alarm = alarms.schedule(query::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            ExecutionResult result = execution.apply(input);
            return query.finish() ? result : timedOut();
        } catch (RuntimeException e) {
            if (query.finish()) {
                throw e;
            }
            return timedOut();
        } finally {
            alarm.cancel(false);
        }
    }

    @Override
    public void close() {
        alarms.shutdownNow();
    }

    private ExecutionResult timedOut() {
        Thread.interrupted();
        return QueryRejected.timeout(timeout).toExecutionResult();
    }

    /**
     * One running query: either it finishes first, or the alarm expires it first (cancelling it and interrupting
     * its thread). The lock makes sure an interrupt never reaches the thread after the query has finished.
     */
    private static final class Query {
        private final ReentrantLock lock = new ReentrantLock();
        private final ExecutionInput input;
        private final Thread thread;
        private boolean over;
        private boolean expired;

        Query(ExecutionInput input, Thread thread) {
            this.input = input;
            this.thread = thread;
        }

        void expire() {
            lock.lock();
            try {
                if (!over) {
                    over = true;
                    expired = true;
                    input.cancel();
                    thread.interrupt();
                }
            } finally {
                lock.unlock();
            }
        }

        /** Whether the query finished before the deadline; after it, the alarm can no longer interrupt. */
        boolean finish() {
            lock.lock();
            try {
                over = true;
                return !expired;
            } finally {
                lock.unlock();
            }
        }
    }
}
