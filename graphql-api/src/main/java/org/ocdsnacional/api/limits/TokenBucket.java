package org.ocdsnacional.api.limits;

import java.time.Duration;

/** One client's budget: points taken by queries, given back continuously up to the capacity. Thread-safe. */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double capacity;
    private final double refillPerNano;
    private double points;
    private long updatedAt;

    TokenBucket(BudgetConfig config, long now) {
        this.capacity = config.capacity();
        this.refillPerNano = config.refillPerSecond() / NANOS_PER_SECOND;
        this.points = capacity;
        this.updatedAt = now;
    }

    /** Takes {@code cost} points if there are that many; otherwise takes nothing and says when there will be. */
    synchronized Withdrawal take(long cost, long now) {
        Withdrawal possible = check(cost, now);
        if (possible.granted()) {
            points -= cost;
            return new Withdrawal(true, (long) Math.floor(points), Duration.ZERO);
        }
        return possible;
    }

    /** Whether {@code cost} points could be taken now, and if not how long until they could; takes nothing. */
    synchronized Withdrawal check(long cost, long now) {
        refill(now);
        if (points >= cost) {
            return new Withdrawal(true, (long) Math.floor(points), Duration.ZERO);
        }
        long waitNanos = (long) Math.ceil((cost - points) / refillPerNano);
        return new Withdrawal(false, (long) Math.floor(points), Duration.ofNanos(waitNanos));
    }

    /**
     * Takes {@code cost} points whether or not there are that many, for what was already served: the bucket may go
     * into debt (down to minus its capacity), which later queries wait out.
     */
    synchronized long charge(long cost, long now) {
        refill(now);
        points = Math.max(-capacity, points - cost);
        return (long) Math.floor(points);
    }

    /** Whether the bucket is back to its capacity, i.e. the same as a new one. */
    synchronized boolean isFull(long now) {
        refill(now);
        return points >= capacity;
    }

    private void refill(long now) {
        points = Math.min(capacity, points + (now - updatedAt) * refillPerNano);
        updatedAt = now;
    }

    /**
     * The outcome of taking points.
     *
     * @param granted    whether the points were taken
     * @param remaining  points left afterwards
     * @param retryAfter how long until enough points are back (zero when granted)
     */
    record Withdrawal(boolean granted, long remaining, Duration retryAfter) {
    }
}
