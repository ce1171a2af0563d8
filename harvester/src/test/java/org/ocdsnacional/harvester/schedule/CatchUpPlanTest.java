package org.ocdsnacional.harvester.schedule;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.harvester.testing.TestSources;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which sources the start-up catch-up harvests, in which order and when; schedules read in Mexico City time. */
class CatchUpPlanTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    /** 02:59:45 in Mexico City (UTC-6): a daily 03:00 schedule fires before the catch-up's first turn. */
    private static final Instant NOW = Instant.parse("2026-03-10T08:59:45Z");
    private static final CatchUp CATCH_UP = new CatchUp(true, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void neverHarvestedFirstThenTheLongestWithoutSuccessEachInTurn() {
        List<Source> sources = List.of(daily("weekly-old", "0 0 4 ? * MON"), daily("never", "0 0 4 * * ?"),
                daily("yesterday", "0 0 4 * * ?"), daily("today", "0 0 4 * * ?"));
        Map<String, Instant> lastSuccesses = Map.of(
                "weekly-old", NOW.minus(Duration.ofDays(9)),
                "yesterday", NOW.minus(Duration.ofHours(29)),
                "today", NOW.minus(Duration.ofHours(4)));

        List<CatchUpRun> plan = CatchUpPlan.of(sources, lastSuccesses, NOW, CATCH_UP, MEXICO_CITY);

        assertEquals(List.of(
                new CatchUpRun("never", NOW.plusSeconds(30), Optional.empty()),
                new CatchUpRun("weekly-old", NOW.plusSeconds(150), Optional.of(NOW.minus(Duration.ofDays(9)))),
                new CatchUpRun("yesterday", NOW.plusSeconds(270), Optional.of(NOW.minus(Duration.ofHours(29))))),
                plan);
    }

    @Test
    void aSourceWhoseScheduleComesFirstIsLeftToItAndInactiveOnesAreNotHarvested() {
        List<Source> sources = List.of(daily("at-three", "0 0 3 * * ?"), daily("at-four", "0 0 4 * * ?"),
                TestSources.withStatus(daily("frozen", "0 0 4 * * ?"), SourceStatus.FROZEN, "0 0 4 * * ?"),
                TestSources.withStatus(daily("retired", "0 0 4 * * ?"), SourceStatus.RETIRED, "0 0 4 * * ?"));

        List<CatchUpRun> plan = CatchUpPlan.of(sources, Map.of(), NOW, CATCH_UP, MEXICO_CITY);

        assertEquals(List.of("at-four"), plan.stream().map(CatchUpRun::sourceId).toList());
        assertEquals(NOW.plusSeconds(30), plan.getFirst().at());
    }

    private static Source daily(String id, String schedule) {
        return TestSources.withStatus(TestSources.source(id, "ocds-url",
                Map.of("url", List.of("http://example.org/" + id + ".json"))), SourceStatus.ACTIVE, schedule);
    }
}
