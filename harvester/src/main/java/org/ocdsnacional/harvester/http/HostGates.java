package org.ocdsnacional.harvester.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Politeness per host, shared by every source of the process: at most N requests in flight to one
 * {@code host:port} (the first source to reach it sets N; 1 by default), and a pause after each before the next
 * starts. Several sources on one host (the PDN's providers) therefore queue behind each other.
 */
final class HostGates {

    private final ConcurrentHashMap<String, Gate> gates = new ConcurrentHashMap<>();

    /** Waits for a free slot on the URL's host and for its pause to pass; close the pass when the request ends. */
    Pass enter(URI url, int maxInFlight, Duration delay) throws InterruptedException {
        Gate gate = gates.computeIfAbsent(AddressPolicy.authority(url), host -> new Gate(maxInFlight));
        gate.permits.acquire();
        try {
            gate.waitTurn();
        } catch (InterruptedException e) {
            gate.permits.release();
            throw e;
        }
        return () -> gate.leave(delay);
    }

    /** A slot held on a host; closing it frees the slot and starts the pause. */
    @FunctionalInterface
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Gate {
        private final Semaphore permits;
        private long nextStartNanos = System.nanoTime();

        Gate(int maxInFlight) {
            this.permits = new Semaphore(maxInFlight, true);
        }

        void waitTurn() throws InterruptedException {
            long wait;
            synchronized (this) {
                wait = nextStartNanos - System.nanoTime();
            }
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
        }

        void leave(Duration delay) {
            synchronized (this) {
                nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + delay.toNanos());
            }
            permits.release();
        }
    }
}
