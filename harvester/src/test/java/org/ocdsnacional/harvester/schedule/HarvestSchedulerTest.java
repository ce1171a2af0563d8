package org.ocdsnacional.harvester.schedule;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Real Quartz with real time: an every-second cron fires, runs on demand fire, a source never overlaps itself. */
class HarvestSchedulerTest {

    private static final String EVERY_SECOND = "* * * * * ?";

    private final Source active = TestSources.withStatus(source("every-second"), SourceStatus.ACTIVE, EVERY_SECOND);
    private final Source frozen = TestSources.withStatus(source("frozen"), SourceStatus.FROZEN, EVERY_SECOND);

    @Test
    void firesActiveSourcesOnTheirCron() throws Exception {
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        try (HarvestScheduler scheduler = HarvestScheduler.create(Registry.of(List.of(active, frozen)),
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
        try (HarvestScheduler scheduler = HarvestScheduler.create(Registry.of(List.of(frozen)),
                (source, trigger) -> runs.add(source.id() + " " + trigger), ScheduleSettings.DEFAULTS)) {
            scheduler.start();
            scheduler.runNow("frozen");
            assertEquals("frozen MANUAL", runs.poll(5, TimeUnit.SECONDS));
            assertThrows(IllegalArgumentException.class, () -> scheduler.runNow("unknown"));
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
        try (HarvestScheduler scheduler = HarvestScheduler.create(Registry.of(List.of(active)), slow,
                new ScheduleSettings(4, ScheduleSettings.DEFAULTS.timeZone()))) {
            scheduler.start();
            scheduler.runNow("every-second");
            scheduler.runNow("every-second");
            assertNotNull(finished.poll(5, TimeUnit.SECONDS));
            assertNotNull(finished.poll(5, TimeUnit.SECONDS));
        }
        assertEquals(1, mostAtOnce.get());
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
