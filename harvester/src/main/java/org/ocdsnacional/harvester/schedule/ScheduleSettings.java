package org.ocdsnacional.harvester.schedule;

import java.time.ZoneId;
import java.util.Optional;

/**
 * How the scheduler runs.
 *
 * @param threads       harvests that may run at the same time (of different sources)
 * @param timeZone      the zone the registry's cron expressions are read in
 * @param fireSchedules whether active sources are harvested on their cron; off, runs happen only when asked
 * @param catchUp       whether and how overdue sources are harvested soon after start-up (only when schedules fire)
 * @param store         Quartz's clustered job store shared by the instances that harvest; empty: in memory, this
 *                      instance alone
 */
public record ScheduleSettings(int threads, ZoneId timeZone, boolean fireSchedules, CatchUp catchUp,
                               Optional<SharedStore> store) {

    /** Two harvests at a time; cron read in Mexico City time and fired; no catching up at start-up. */
    public static final ScheduleSettings DEFAULTS = new ScheduleSettings(2, ZoneId.of("America/Mexico_City"), true,
            CatchUp.OFF);

    /** Settings with the schedule in memory. */
    public ScheduleSettings(int threads, ZoneId timeZone, boolean fireSchedules, CatchUp catchUp) {
        this(threads, timeZone, fireSchedules, catchUp, Optional.empty());
    }

    public ScheduleSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("the scheduler needs at least one thread: " + threads);
        }
    }

    /** These settings, with schedules fired or not. */
    public ScheduleSettings firingSchedules(boolean fire) {
        return new ScheduleSettings(threads, timeZone, fire, catchUp, store);
    }

    /** These settings, catching up at start-up as {@code how} says. */
    public ScheduleSettings catchingUp(CatchUp how) {
        return new ScheduleSettings(threads, timeZone, fireSchedules, how, store);
    }

    /** These settings, with the schedule kept in {@code shared} (or in memory when empty). */
    public ScheduleSettings sharing(Optional<SharedStore> shared) {
        return new ScheduleSettings(threads, timeZone, fireSchedules, catchUp, shared);
    }
}
