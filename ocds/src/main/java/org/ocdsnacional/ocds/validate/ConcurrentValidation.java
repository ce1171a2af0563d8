package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link PublicationValidation} whose releases are checked on worker threads while the reader reads on: releases
 * go out in batches, and everything the validation keeps (issues, repeated releases, the publication's summary)
 * is added on the caller's thread in the order read, so the report is the one {@link PublicationValidation} makes
 * alone. Memory stays bounded: at most a few batches are out at a time, and the caller waits when they are. Not
 * thread-safe: it is the visitor of one reader; {@link #close} stops the workers.
 */
public final class ConcurrentValidation implements ReleaseVisitor, AutoCloseable {

    /** Releases per batch: a batch is one hand-over between threads. */
    private static final int BATCH = 16;
    /**
     * Worker threads at most, whatever the cores: the releases held at once grow with them (a batch filling and
     * {@code threads + 1} out), and a publisher's releases can weigh megabytes each.
     */
    private static final int MAX_THREADS = 4;

    private final PublicationValidation validation;
    private final ExecutorService workers;
    private final int maxOut;
    private final ArrayDeque<Future<List<Step>>> out = new ArrayDeque<>();
    private List<Step> filling = new ArrayList<>(BATCH);

    private ConcurrentValidation(PublicationValidation validation, int threads) {
        this.validation = validation;
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("ocds-validation-", 1)
                .daemon(true).factory());
        this.maxOut = threads + 1;
    }

    /** Checks the releases of {@code validation} on {@code threads} worker threads (at least one, at most four). */
    public static ConcurrentValidation of(PublicationValidation validation, int threads) {
        return new ConcurrentValidation(validation, Math.clamp(threads, 1, MAX_THREADS));
    }

    /** A release, checked on a worker, then added to the validation in its turn. */
    @Override
    public void release(Release release, PackageMetadata packageInfo) {
        add(new Step(release, packageInfo, null, false));
    }

    /** What the reader skipped ({@link PublicationValidation#problem}), in its turn. */
    @Override
    public void problem(ReadProblem problem) {
        add(new Step(null, null, problem, false));
    }

    /** What the reader read with a workaround ({@link PublicationValidation#warning}), in its turn. */
    @Override
    public void warning(ReadProblem warning) {
        add(new Step(null, null, warning, true));
    }

    /** The report, once every release sent has been added. */
    public ValidationReport report() {
        send();
        while (!out.isEmpty()) {
            addOldest();
        }
        return validation.report();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void add(Step step) {
        filling.add(step);
        if (filling.size() >= BATCH) {
            send();
        }
    }

    private void send() {
        if (filling.isEmpty()) {
            return;
        }
        List<Step> batch = filling;
        filling = new ArrayList<>(BATCH);
        ReleaseValidator validator = validation.validator();
        out.add(batch.stream().allMatch(step -> step.release() == null) ? CompletableFuture.completedFuture(batch)
                : workers.submit(() -> batch.stream().map(step -> step.checked(validator)).toList()));
        while (out.size() > maxOut) {
            addOldest();
        }
    }

    private void addOldest() {
        List<Step> batch;
        try {
            batch = out.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (Step step : batch) {
            step.addTo(validation);
        }
    }

    /**
     * One thing read, in order: a release (with its own issues once checked), or a problem or warning of the
     * reader's.
     */
    private record Step(Release release, PackageMetadata packageInfo, ReadProblem problem, boolean warning,
                        List<ValidationIssue> issues) {

        Step(Release release, PackageMetadata packageInfo, ReadProblem problem, boolean warning) {
            this(release, packageInfo, problem, warning, List.of());
        }

        Step checked(ReleaseValidator validator) {
            return release == null ? this
                    : new Step(release, packageInfo, null, false, validator.validate(release, packageInfo));
        }

        void addTo(PublicationValidation validation) {
            if (release != null) {
                validation.release(release, packageInfo, issues);
            } else if (warning) {
                validation.warning(problem);
            } else {
                validation.problem(problem);
            }
        }
    }
}
