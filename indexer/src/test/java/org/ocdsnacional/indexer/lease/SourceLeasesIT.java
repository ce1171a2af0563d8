package org.ocdsnacional.indexer.lease;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leases on a real embedded node, with instances whose clocks the test moves: one holder at a time, a lease taken
 * over only once expired and then by exactly one contender, and an old holder that can neither renew nor release
 * what it lost.
 */
class SourceLeasesIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Duration TTL = Duration.ofMinutes(1);
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    static Path home;
    private static SearchCluster cluster;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aLeaseHasOneHolderUntilReleased() {
        MovableClock clock = new MovableClock(START);
        SourceLeases first = leases("a", clock);
        SourceLeases second = leases("b", clock);
        Lease held = first.acquire("held").orElseThrow();
        assertEquals(Optional.empty(), second.acquire("held"), "held by a, unexpired");
        assertEquals(Optional.empty(), first.acquire("held"), "not twice by one instance either");
        assertEquals("a", second.holder("held").orElseThrow().owner());
        first.release(held);
        assertEquals(Optional.empty(), second.holder("held"));
        assertEquals("b", second.acquire("held").orElseThrow().owner());
    }

    @Test
    void renewalsKeepALeaseAndExpiryLetsExactlyOneContenderTakeItOver() throws Exception {
        MovableClock clock = new MovableClock(START);
        SourceLeases dying = leases("dying", clock);
        Lease lease = dying.acquire("renewed").orElseThrow();
        clock.move(TTL.multipliedBy(3).dividedBy(4));
        lease = dying.renew(lease).orElseThrow();
        clock.move(TTL.multipliedBy(3).dividedBy(4));
        assertEquals(Optional.empty(), leases("early", clock).acquire("renewed"), "renewed: not expired yet");

        clock.move(TTL);
        List<Callable<Optional<Lease>>> contenders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SourceLeases contender = leases("contender-" + i, clock);
            contenders.add(() -> contender.acquire("renewed"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        List<Lease> won = new ArrayList<>();
        try {
            for (Future<Optional<Lease>> outcome : pool.invokeAll(contenders)) {
                outcome.get().ifPresent(won::add);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, won.size(), "one contender takes the expired lease over: " + won);
        assertEquals(won.getFirst().owner(), dying.holder("renewed").orElseThrow().owner());

        assertFalse(dying.renew(lease).isPresent(), "the old holder cannot renew what it lost");
        dying.release(lease);
        assertEquals(won.getFirst().owner(), dying.holder("renewed").orElseThrow().owner(),
                "nor release it");
    }

    @Test
    void breakingAllLeavesNoHolder() {
        MovableClock clock = new MovableClock(START);
        leases("x", clock).acquire("one").orElseThrow();
        leases("y", clock).acquire("two").orElseThrow();
        assertTrue(leases("z", clock).breakAll() >= 2);
        assertEquals(Optional.empty(), leases("z", clock).holder("one"));
        assertEquals("z", leases("z", clock).acquire("two").orElseThrow().owner());
    }

    private static SourceLeases leases(String owner, Clock clock) {
        return SourceLeases.create(cluster, MAPPER, owner, TTL, clock);
    }

    /** A clock the test moves forward, shared by the instances of one test. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void move(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
