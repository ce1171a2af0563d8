package org.ocdsnacional.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunCounts;

import java.time.Duration;
import java.util.Locale;

/**
 * Harvest runs as Micrometer meters, by source (bounded by the registry): runs and their duration by outcome, and
 * the releases, bytes and validation issues they fetched and found.
 */
final class HarvestMetrics {

    private final MeterRegistry registry;

    HarvestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts a run that ended. */
    void finished(HarvestRun run) {
        String source = run.sourceId();
        String outcome = run.state().name().toLowerCase(Locale.ROOT);
        Timer.builder("ocds.harvest.runs").description("Harvest runs that ended, by source and outcome")
                .tags("source", source, "outcome", outcome).register(registry)
                .record(run.finishedAt().map(end -> Duration.between(run.startedAt(), end)).orElse(Duration.ZERO));
        RunCounts counts = run.counts();
        count("ocds.harvest.releases", "Releases read from publishers", source, counts.releases());
        count("ocds.harvest.fetched.bytes", "Bytes fetched from publishers", source, counts.bytes());
        count("ocds.harvest.requests", "HTTP requests made to publishers", source, counts.requests());
        count("ocds.harvest.validation.issues", "Validation issues found in harvested releases", source,
                counts.issues());
    }

    private void count(String name, String description, String source, long amount) {
        Counter.builder(name).description(description).tag("source", source).register(registry).increment(amount);
    }
}
