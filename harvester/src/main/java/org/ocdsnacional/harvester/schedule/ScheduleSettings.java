package org.ocdsnacional.harvester.schedule;

import java.time.ZoneId;

/**
 * How the scheduler runs.
 *
 * @param threads  harvests that may run at the same time (of different sources)
 * @param timeZone the zone the registry's cron expressions are read in
 */
public record ScheduleSettings(int threads, ZoneId timeZone) {

    /** Two harvests at a time; cron read in Mexico City time. */
    public static final ScheduleSettings DEFAULTS = new ScheduleSettings(2, ZoneId.of("America/Mexico_City"));

    public ScheduleSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("the scheduler needs at least one thread: " + threads);
        }
    }
}
