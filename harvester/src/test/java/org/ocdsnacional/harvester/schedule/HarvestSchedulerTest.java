package org.ocdsnacional.harvester.schedule;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real Quartz with real time: an every-second cron fires, runs on demand fire, a source never overlaps itself. */
class HarvestSchedulerTest {

    private static final String EVERY_SECOND = "* * * * * ?";
    /** Once a year: never due during a test unless a run was missed. */
    private static final String NEW_YEAR = "0 0 3 1 1 ?";

    private final Source active = TestSources.withStatus(source("every-second"), SourceStatus.ACTIVE, EVERY_SECOND);
    private final Source frozen = TestSources.withStatus(source("frozen"), SourceStatus.FROZEN, EVERY_SECOND);
    private final Source retired = TestSources.withStatus(source("retired"), SourceStatus.RETIRED, EVERY_SECOND);

    @Test
    void firesActiveSourcesOnTheirCron() throws Exception {
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(active, frozen),
                (source, trigger) -> runs.add(source.id() + " " + trigger), ScheduleSettings.DEFAULTS)) {
            scheduler.start();
            assertEquals("every-second SCHEDULE", runs.poll(5, TimeUnit.SECONDS));
            assertEquals("every-second SCHEDULE", runs.poll(5, TimeUnit.SECONDS));
        }
        runs.removeIf(run -> run.startsWith("every-second"));
        assertEquals(List.of(), List.copyOf(runs), "a frozen source is not scheduled");
    }

    @Test
    void runsAnyRegisteredSourceOnDemand() throws Exception {
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(frozen, retired),
                (source, trigger) -> runs.add(source.id() + " " + trigger), ScheduleSettings.DEFAULTS)) {
            scheduler.start();
            scheduler.runNow("frozen");
            assertEquals("frozen MANUAL", runs.poll(5, TimeUnit.SECONDS));
            assertThrows(IllegalArgumentException.class, () -> scheduler.runNow("unknown"));
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> scheduler.runNow("retired"));
            assertTrue(refused.getMessage().contains("retirada"), refused.getMessage());
            assertNull(runs.poll(1500, TimeUnit.MILLISECONDS), "nothing else fires");
        }
    }

    @Test
    void neverRunsOneSourceTwiceAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        BlockingQueue<RunTrigger> finished = new LinkedBlockingQueue<>();
        HarvestTask slow = (source, trigger) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(1200);
            running.decrementAndGet();
            finished.add(trigger);
        };
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(active), slow,
                new ScheduleSettings(4, ScheduleSettings.DEFAULTS.timeZone(), true, CatchUp.OFF))) {
            scheduler.start();
            scheduler.runNow("every-second");
            scheduler.runNow("every-second");
            assertNotNull(finished.poll(5, TimeUnit.SECONDS));
            assertNotNull(finished.poll(5, TimeUnit.SECONDS));
        }
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void followsAReloadedRegistry() throws Exception {
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(frozen),
                (source, trigger) -> runs.add(source.id() + " " + trigger), ScheduleSettings.DEFAULTS)) {
            scheduler.start();
            assertEquals(Optional.empty(), scheduler.scheduleOf("frozen"));
            Source thawed = TestSources.withStatus(frozen, SourceStatus.ACTIVE, EVERY_SECOND);
            scheduler.update(Registry.of(List.of(thawed)));
            assertEquals(Optional.of(EVERY_SECOND), scheduler.scheduleOf("frozen"));
            assertEquals("frozen SCHEDULE", runs.poll(5, TimeUnit.SECONDS));
            scheduler.update(Registry.of(List.of()));
            assertEquals(Optional.empty(), scheduler.scheduleOf("frozen"));
        }
    }

    /**
     * A reload (or another instance starting on the shared store) right after a fire leaves the trigger as it is: the
     * occurrence just fired is not fired again, as it was when the trigger was replaced by one starting now.
     */
    @Test
    void aReloadedUnchangedScheduleDoesNotFireAgain() throws Exception {
        Source everyFive = TestSources.withStatus(source("every-five"), SourceStatus.ACTIVE, "0/5 * * * * ?");
        BlockingQueue<Instant> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(everyFive),
                (source, trigger) -> runs.add(Instant.now()), ScheduleSettings.DEFAULTS)) {
            scheduler.start();
            Instant fired = runs.poll(8, TimeUnit.SECONDS);
            assertNotNull(fired);
            scheduler.update(Registry.of(List.of(everyFive)));
            Instant next = runs.poll(8, TimeUnit.SECONDS);
            assertNotNull(next, "the next occurrence fires");
            // Five seconds apart, less what the first fire was late by on a busy machine.
            assertTrue(Duration.between(fired, next).toMillis() > 2500,
                    () -> "fired at " + fired + " and again at " + next + ", before the next occurrence");
        }
    }

    @Test
    void withSchedulesOffOnlyRunsOnDemand() throws Exception {
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(active),
                (source, trigger) -> runs.add(source.id() + " " + trigger),
                ScheduleSettings.DEFAULTS.firingSchedules(false))) {
            scheduler.start();
            assertNull(runs.poll(1500, TimeUnit.MILLISECONDS), "no cron fires");
            scheduler.runNow("every-second");
            assertEquals("every-second MANUAL", runs.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void catchesUpWhatTheScheduleMissedOneAfterAnother() throws Exception {
        Instant now = Instant.now();
        Source never = TestSources.withStatus(source("never-harvested"), SourceStatus.ACTIVE, NEW_YEAR);
        Source overdue = TestSources.withStatus(source("overdue"), SourceStatus.ACTIVE, NEW_YEAR);
        Source fresh = TestSources.withStatus(source("fresh"), SourceStatus.ACTIVE, NEW_YEAR);
        Source frozenNever = TestSources.withStatus(source("frozen-never"), SourceStatus.FROZEN, NEW_YEAR);
        Map<String, Instant> lastSuccesses = Map.of("overdue", now.minus(Duration.ofDays(800)), "fresh", now);
        CatchUp soon = new CatchUp(true, Duration.ofMillis(200), Duration.ofMillis(600));
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(overdue, fresh, frozenNever, never),
                (source, trigger) -> runs.add(source.id() + " " + trigger), ScheduleSettings.DEFAULTS.catchingUp(soon))) {
            scheduler.start();
            List<CatchUpRun> plan = scheduler.catchUp(lastSuccesses, now);

            assertEquals(List.of("never-harvested", "overdue"), plan.stream().map(CatchUpRun::sourceId).toList());
            assertEquals(List.of(now.plusMillis(200), now.plusMillis(800)), plan.stream().map(CatchUpRun::at).toList());
            assertEquals("never-harvested SCHEDULE", runs.poll(5, TimeUnit.SECONDS));
            assertEquals("overdue SCHEDULE", runs.poll(5, TimeUnit.SECONDS));
            assertNull(runs.poll(1500, TimeUnit.MILLISECONDS), "a fresh or frozen source waits for its schedule");
        }
    }

    @Test
    void catchesUpNothingWhenSchedulesDoNotFire() throws Exception {
        CatchUp soon = new CatchUp(true, Duration.ZERO, Duration.ZERO);
        try (HarvestScheduler scheduler = HarvestScheduler.create(live(active), (source, trigger) -> { },
                ScheduleSettings.DEFAULTS.catchingUp(soon).firingSchedules(false))) {
            scheduler.start();
            assertEquals(List.of(), scheduler.catchUp(Map.of(), Instant.now()));
        }
    }

    private static LiveRegistry live(Source... sources) {
        return LiveRegistry.fixed(Registry.of(List.of(sources)));
    }

    private static Source source(String id) {
        return TestSources.source(id, "ocds-url", Map.of("url", List.of("http://example.org/" + id + ".json")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
