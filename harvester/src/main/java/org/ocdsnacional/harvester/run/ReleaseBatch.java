package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.run.RunTally.Change;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the releases read and, a batch at a time, compares them with storage and validates them: every release
 * read goes into the run's validation report (a report covers all that the source publishes, whatever earlier runs
 * stored), but only new and changed ones are handed to the sink with their issues; unchanged ones are counted. The
 * sink gets each batch on a thread of its own while the next one is read ({@link HandOver}).
 */
final class ReleaseBatch {

    /**
     * A release read and hashed, not yet compared.
     *
     * @param release     the release, normalised
     * @param packageInfo metadata of its package
     * @param hash        its content hash
     * @param uid         its uid
     * @param documentUrl where it was read
     */
    record Pending(Release release, PackageMetadata packageInfo, String hash, String uid, String documentUrl) {
    }

    private final Pipeline pipeline;
    private final String sourceId;
    private final String runId;
    private final RunTally tally;
    private final Runnable afterFlush;
    private final HandOver handOver;
    private final List<Pending> pending;

    /**
     * @param afterFlush called on the run's thread after each flush
     */
    ReleaseBatch(Pipeline pipeline, String sourceId, String runId, RunTally tally, Runnable afterFlush) {
        this.pipeline = pipeline;
        this.sourceId = sourceId;
        this.runId = runId;
        this.tally = tally;
        this.afterFlush = afterFlush;
        this.handOver = new HandOver("hand-over-" + sourceId);
        this.pending = new ArrayList<>(pipeline.batchSize());
    }

    void add(Pending release) {
        pending.add(release);
        if (pending.size() >= pipeline.batchSize()) {
            flush();
        }
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Compares and hands over what is pending; nothing is handed twice, even when the sink fails. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = List.copyOf(pending);
        pending.clear();
        Map<String, StoredRelease> stored = pipeline.store().storedReleases(batch.stream().map(Pending::uid).toList());
        List<HarvestedRelease> changed = new ArrayList<>();
        for (Pending release : batch) {
            Change change = compare(release, stored.get(release.uid()));
            tally.compared(change);
            HarvestedRelease validated = validated(release);
            if (change != Change.UNCHANGED) {
                changed.add(validated);
            }
        }
        if (!changed.isEmpty()) {
            handOver.submit(() -> pipeline.sink().accept(changed));
        }
        afterFlush.run();
    }

    /** Flushes and waits until everything is stored; rethrows a failure of the sink. */
    void finish() {
        flush();
        handOver.await();
    }

    /** Stops the hand-over thread. */
    void close() {
        handOver.close();
    }

    private static Change compare(Pending release, StoredRelease stored) {
        if (stored == null) {
            return Change.NEW;
        }
        boolean same = stored.hash().equals(release.hash()) && !stored.withdrawn();
        return same ? Change.UNCHANGED : Change.CHANGED;
    }

    private HarvestedRelease validated(Pending release) {
        List<ValidationIssue> issues = tally.validation().release(release.release(), release.packageInfo());
        tally.validated(issues);
        return new HarvestedRelease(sourceId, runId, release.release(), release.packageInfo(), release.hash(),
                issues, release.documentUrl());
    }
}
