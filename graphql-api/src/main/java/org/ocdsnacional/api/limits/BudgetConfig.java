package org.ocdsnacional.api.limits;

/**
 * The cost budget of each client: a bucket of {@code capacity} points that every query draws its cost from and
 * that refills at {@code refillPerSecond}. A capacity of 0 turns budgets off.
 *
 * @param capacity        the most points a client can hold (and spend in a burst)
 * @param refillPerSecond points given back per second, up to the capacity
 */
public record BudgetConfig(long capacity, double refillPerSecond) {

    public static final BudgetConfig DEFAULTS = new BudgetConfig(50_000, 100);

    public BudgetConfig {
        if (capacity < 0) {
            throw new IllegalArgumentException("api.budget.capacity must be 0 (off) or more, not " + capacity);
        }
        if (capacity > 0 && !(refillPerSecond > 0)) {
            throw new IllegalArgumentException("api.budget.refill-per-second must be more than 0, not "
                    + refillPerSecond);
        }
    }

    public boolean enabled() {
        return capacity > 0;
    }
}
