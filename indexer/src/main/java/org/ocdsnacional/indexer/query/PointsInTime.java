package org.ocdsnacional.indexer.query;

import org.ocdsnacional.indexer.cluster.ClusterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The points in time this server holds open for cursors. A continuation of a search reuses the point in time
 * another continuation of the same search opened within {@link #REUSE_WITHIN}, so replaying one cursor opens
 * nothing new. Each client holds at most {@link PagingConfig#maxPerClient()} of them and the server at most
 * {@link PagingConfig#maxPointsInTime()}; past either bound (or when OpenSearch refuses to open one) a continuation
 * gets none and its page reads the live index with {@code search_after}: still in order, only not a snapshot (after
 * a refusal none is asked for {@link #PAUSE_AFTER_REFUSAL}). So a client that opens too many degrades its own pages,
 * never another client's. A point in time is forgotten once
 * unused for the cursor lifetime, when OpenSearch frees it too.
 */
final class PointsInTime {

    /** How long a new point in time is reused by other continuations of the same search. */
    static final Duration REUSE_WITHIN = Duration.ofMinutes(1);
    /** After OpenSearch refused to open one (its own limit), how long none is asked for. */
    static final Duration PAUSE_AFTER_REFUSAL = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(PointsInTime.class);

    private final PagingConfig config;
    private final Clock clock;
    private final Duration keepAlive;
    private final Supplier<String> opener;
    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, Integer> opening = new HashMap<>();
    private Instant refusedUntil = Instant.MIN;

    /**
     * @param keepAlive how long OpenSearch keeps a point in time after each use
     * @param opener    opens a point in time and returns its id
     */
    PointsInTime(PagingConfig config, Clock clock, Duration keepAlive, Supplier<String> opener) {
        this.config = config;
        this.clock = clock;
        this.keepAlive = keepAlive;
        this.opener = opener;
    }

    /**
     * One open point in time: who opened it, for which search, when, until when it is kept alive, and whether other
     * continuations of the same search may read it (a download's is its own).
     */
    private record Held(String id, String search, String client, Instant opened, Instant expires, boolean shared) {
        Held usedAt(Instant now, Duration keepAlive) {
            return new Held(id, search, client, opened, now.plus(keepAlive), shared);
        }
    }

    /**
     * A point in time for a continuation of {@code search} asked by {@code client}: a recent one of the same search,
     * a new one while the bounds allow it, or none.
     */
    Optional<String> acquire(String search, String client) {
        return acquire(search, client, true);
    }

    /**
     * A point in time of its own for a continuation of {@code search} asked by {@code client} (a download): a new
     * one while the bounds allow it, or none; no other continuation reads it, and {@link #release} closes it.
     */
    Optional<String> acquireOwn(String search, String client) {
        return acquire(search, client, false);
    }

    /**
     * Ends a point in time {@link #acquireOwn} gave, once its reader is done with it: it no longer counts against
     * the bounds, and {@code closer} has OpenSearch free it. A shared one, or one already gone, is left as it is.
     */
    void release(String id, Consumer<String> closer) {
        synchronized (this) {
            Held entry = held.get(id);
            if (entry == null || entry.shared()) {
                return;
            }
            held.remove(id);
        }
        try {
            closer.accept(id);
        } catch (ClusterException e) {
            LOG.warn("OpenSearch did not close a point in time; it ends by itself when its keep-alive passes: {}",
                    e.getMessage());
        }
    }

    private Optional<String> acquire(String search, String client, boolean shared) {
        Instant now = clock.instant();
        synchronized (this) {
            held.values().removeIf(entry -> entry.expires().isBefore(now));
            Optional<Held> recent = held.values().stream()
                    .filter(entry -> shared && entry.shared() && entry.search().equals(search)
                            && entry.opened().plus(REUSE_WITHIN).isAfter(now))
                    .findFirst();
            if (recent.isPresent()) {
                held.put(recent.get().id(), recent.get().usedAt(now, keepAlive));
                return Optional.of(recent.get().id());
            }
            if (!roomFor(client) || now.isBefore(refusedUntil)) {
                return Optional.empty();
            }
            opening.merge(client, 1, Integer::sum);
        }
        try {
            String id = opener.get();
            synchronized (this) {
                held.put(id, new Held(id, search, client, now, now.plus(keepAlive), shared));
            }
            return Optional.of(id);
        } catch (ClusterException e) {
            LOG.warn("OpenSearch did not open a point in time; for {} s pages read the live index: {}",
                    PAUSE_AFTER_REFUSAL.toSeconds(), e.getMessage());
            synchronized (this) {
                refusedUntil = now.plus(PAUSE_AFTER_REFUSAL);
            }
            return Optional.empty();
        } finally {
            synchronized (this) {
                opening.computeIfPresent(client, (key, count) -> count == 1 ? null : count - 1);
            }
        }
    }

    /** A page read {@code id}: OpenSearch keeps it alive {@code keepAlive} longer. */
    synchronized void used(String id) {
        Held entry = held.get(id);
        if (entry != null) {
            held.put(id, entry.usedAt(clock.instant(), keepAlive));
        }
    }

    /** OpenSearch no longer has {@code id}. */
    synchronized void forget(String id) {
        held.remove(id);
    }

    private boolean roomFor(String client) {
        int total = held.size() + opening.values().stream().mapToInt(Integer::intValue).sum();
        long byClient = held.values().stream().filter(entry -> entry.client().equals(client)).count()
                + opening.getOrDefault(client, 0);
        return total < config.maxPointsInTime() && byClient < config.maxPerClient();
    }
}
