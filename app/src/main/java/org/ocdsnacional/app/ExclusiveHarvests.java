package org.ocdsnacional.app;

import org.ocdsnacional.indexer.lease.Lease;
import org.ocdsnacional.indexer.lease.LeaseHolder;
import org.ocdsnacional.indexer.lease.SourceLeases;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Harvests a source only while this instance holds its lease, whoever asked for the run (the schedule, a catch-up,
 * an admin, the command line, a take-over): a source is never harvested by two instances, or twice in one, at once.
 * The lease is renewed by a heartbeat while the run goes on; a lease this instance could not renew in time (it
 * lost OpenSearch, or paused longer than the lease lasts) is lost, and the run's next write is refused ({@link
 * #check}), since another instance may have taken the source over. Having taken a lease, the instance ends the
 * runs of the source still marked running: only a lease's holder harvests, so they are dead.
 */
final class ExclusiveHarvests implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExclusiveHarvests.class);

    private final SourceLeases leases;
    private final RunStore runs;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private final Map<String, AtomicReference<Lease>> held = new ConcurrentHashMap<>();

    private ExclusiveHarvests(SourceLeases leases, RunStore runs, Clock clock, ScheduledExecutorService heartbeat) {
        this.leases = leases;
        this.runs = runs;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    static ExclusiveHarvests create(SourceLeases leases, RunStore runs, Clock clock) {
        return new ExclusiveHarvests(leases, runs, clock, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** This instance's name in the leases it holds. */
    String owner() {
        return leases.owner();
    }

    /** Does {@code work} holding the source's lease; empty, without doing it, when another run holds the lease. */
    <T> Optional<T> run(String sourceId, Supplier<T> work) {
        Optional<Lease> lease = leases.acquire(sourceId);
        if (lease.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(holding(lease.get(), () -> {
            endDeadRuns(sourceId);
            return work.get();
        }));
    }

    /**
     * Takes over the source of {@code dead}, a run whose instance stopped renewing its lease: does {@code work}
     * holding the lease, unless another instance took the source over first (the lease is held, or the dead run was
     * already ended). Returns whether it did.
     */
    boolean takeOver(HarvestRun dead, Runnable work) {
        Optional<Lease> lease = leases.acquire(dead.sourceId());
        if (lease.isEmpty()) {
            return false;
        }
        return holding(lease.get(), () -> {
            if (endDeadRuns(dead.sourceId()).stream().noneMatch(run -> run.runId().equals(dead.runId()))) {
                return false;
            }
            LOG.warn("Run {} of {} was cut short (its instance stopped); this instance ({}) harvests the source again",
                    dead.runId(), dead.sourceId(), owner());
            work.run();
            return true;
        });
    }

    /** Who holds the lease of a source now (unexpired); empty when nobody does. */
    Optional<LeaseHolder> liveHolder(String sourceId) {
        return leases.holder(sourceId).filter(holder -> !holder.expiredAt(clock.instant()));
    }

    /**
     * Refuses (with an {@link IllegalStateException}) a write of a run of {@code sourceId} when this instance no
     * longer holds the source's lease, or no longer knows that it does.
     */
    void check(String sourceId) {
        AtomicReference<Lease> lease = held.get(sourceId);
        Lease current = lease == null ? null : lease.get();
        if (current == null || !current.expiresAt().isAfter(clock.instant())) {
            throw new IllegalStateException("this instance (" + owner() + ") no longer holds the lease of " + sourceId
                    + ": another instance may be harvesting it");
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private List<HarvestRun> endDeadRuns(String sourceId) {
        List<HarvestRun> ended = runs.interruptRunning(sourceId, clock.instant());
        ended.forEach(run -> LOG.warn("Run {} of {} was left running by an instance that stopped: marked interrupted",
                run.runId(), sourceId));
        return ended;
    }

    private <T> T holding(Lease lease, Supplier<T> work) {
        AtomicReference<Lease> current = new AtomicReference<>(lease);
        held.put(lease.sourceId(), current);
        long period = Math.max(100, leases.timeToLive().toMillis() / 4);
        ScheduledFuture<?> beats = heartbeat.scheduleWithFixedDelay(() -> renew(current), period, period,
                TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            beats.cancel(false);
            held.remove(lease.sourceId());
            release(current);
        }
    }

    private void renew(AtomicReference<Lease> current) {
        synchronized (current) {
            Lease lease = current.get();
            if (lease == null) {
                return;
            }
            try {
                Optional<Lease> renewed = leases.renew(lease);
                if (renewed.isEmpty()) {
                    LOG.error("The lease of {} was taken by another instance: this run's writes are refused",
                            lease.sourceId());
                }
                current.set(renewed.orElse(null));
            } catch (RuntimeException e) {
                LOG.warn("The lease of {} could not be renewed (it lasts until {}): {}", lease.sourceId(),
                        lease.expiresAt(), e.getMessage());
            }
        }
    }

    private void release(AtomicReference<Lease> current) {
        synchronized (current) {
            Lease lease = current.getAndSet(null);
            if (lease == null) {
                return;
            }
            try {
                leases.release(lease);
            } catch (RuntimeException e) {
                LOG.warn("The lease of {} could not be released; it expires at {}: {}", lease.sourceId(),
                        lease.expiresAt(), e.getMessage());
            }
        }
    }

    /** How often the runs of dead instances are looked for: twice per lease lifetime. */
    Duration recoveryPeriod() {
        return leases.timeToLive().dividedBy(2);
    }
}
