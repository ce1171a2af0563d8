package org.ocdsnacional.api.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A {@link TokenBucket} per client key. A bucket that has refilled to its capacity is the same as a new one, so
 * such buckets are dropped whenever the map grows past a number of clients ({@link #SWEEP_ABOVE} in service).
 */
final class ClientBudgets {

    static final int SWEEP_ABOVE = 10_000;

    private final BudgetConfig config;
    private final LongSupplier nanoTime;
    private final int sweepAbove;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ClientBudgets(BudgetConfig config, LongSupplier nanoTime, int sweepAbove) {
        this.config = config;
        this.nanoTime = nanoTime;
        this.sweepAbove = sweepAbove;
    }

    TokenBucket.Withdrawal take(String client, long cost) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > sweepAbove) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(config, now)).take(cost, now);
    }

    /** Whether the client could take {@code cost} points now (and if not, how long until it could), taking none. */
    TokenBucket.Withdrawal check(String client, long cost) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(client, key -> new TokenBucket(config, now)).check(cost, now);
    }

    /** Takes {@code cost} points for what was already served, into debt if need be; the points left after it. */
    long charge(String client, long cost) {
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(client, key -> new TokenBucket(config, now)).charge(cost, now);
    }

    /** Points the client has now, without taking any. */
    long available(String client) {
        return take(client, 0).remaining();
    }

    /** How many clients have a bucket now. */
    int clients() {
        return buckets.size();
    }

    BudgetConfig config() {
        return config;
    }
}
