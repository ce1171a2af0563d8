package org.ocdsnacional.harvester.schedule;

import java.time.Duration;

/**
 * Harvesting at start-up what the schedule missed: the active sources never harvested, or whose last success is
 * older than their schedule's period (a scheduled time has passed since), are harvested soon after start-up, one
 * after another.
 *
 * @param enabled  whether to catch up at all
 * @param delay    from start-up to the first of those runs
 * @param interval between the start of one and the next, so that a restart does not harvest everything at once
 */
public record CatchUp(boolean enabled, Duration delay, Duration interval) {

    /** No catching up: sources wait for their next scheduled time. */
    public static final CatchUp OFF = new CatchUp(false, Duration.ZERO, Duration.ZERO);

    public CatchUp {
        if (delay.isNegative() || interval.isNegative()) {
            throw new IllegalArgumentException("catch-up delay and interval must not be negative: " + delay + ", "
                    + interval);
        }
    }
}
