package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.harvester.http.FetcherFactory;
import org.ocdsnacional.harvester.protocol.ProtocolAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.validate.PublicationValidation;
import org.ocdsnacional.ocds.validate.ReleaseValidator;
import org.ocdsnacional.ocds.validate.ReportLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Harvests one source at a time: one run per call, which never throws for anything the source does. Thread-safe:
 * runs of different sources may go in parallel.
 */
public final class Harvester {

    private static final Logger LOG = LoggerFactory.getLogger(Harvester.class);

    private final FetcherFactory fetchers;
    private final ProtocolAdapters adapters;
    private final Clock clock;
    private final Pipeline pipeline;

    private Harvester(Builder builder) {
        this.fetchers = Objects.requireNonNull(builder.fetchers, "fetchers");
        this.adapters = Objects.requireNonNull(builder.adapters, "adapters");
        this.clock = builder.clock;
        this.pipeline = new Pipeline(OcdsReader.create(Objects.requireNonNull(builder.mapper, "mapper")),
                Objects.requireNonNull(builder.validator, "validator"),
                Objects.requireNonNull(builder.sink, "sink"), builder.batchSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs one harvest of {@code source}: the sink hears {@code runStarted}, the batches, {@code runValidated}
     * (when releases were read), then {@code runFinished} with the ended run, which is also returned. Exceptions from the sink's {@code runStarted} and
     * {@code runFinished} propagate (they are the application's); those from {@code accept} end the run.
     */
    public HarvestRun harvest(Source source, RunTrigger trigger, ProgressListener progress) {
        HarvestRun run = HarvestRun.start(RunIds.next(source.id(), clock.instant()), source.id(), trigger,
                clock.instant());
        pipeline.sink().runStarted(run);
        RunTally tally = new RunTally(PublicationValidation.start(pipeline.validator(), ReportLimits.DEFAULTS));
        execute(source, run, tally, progress);
        HarvestRun finished = run.finish(tally.endState(), clock.instant(), tally.counts(), tally.firstError());
        LOG.info("Source {} run {}: {} {}{}", source.id(), run.runId(), finished.state(), finished.counts(),
                finished.error().map(error -> " first error: " + error).orElse(""));
        if (finished.counts().releases() > 0) {
            pipeline.sink().runValidated(finished, tally.validation().report());
        }
        pipeline.sink().runFinished(finished);
        return finished;
    }

    private void execute(Source source, HarvestRun run, RunTally tally, ProgressListener progress) {
        Optional<ProtocolAdapter> adapter = adapters.find(source.protocol());
        if (adapter.isEmpty()) {
            tally.aborted(noAdapter(source));
            return;
        }
        HarvestSession session = new HarvestSession(run, fetchers.create(source.http()), tally, progress, pipeline);
        try {
            adapter.get().harvest(source, session);
            session.finish();
        } catch (IOException | RuntimeException e) {
            String where = session.currentUrl().or(() -> source.parameters().entryPoint()).orElse("");
            LOG.error("Source {} run {} stopped at {}", source.id(), run.runId(), where, e);
            tally.aborted(new RunError(where, Optional.empty(), "La cosecha se detuvo / The harvest stopped: " + e));
            finishAfterFailure(session, run, tally);
        }
    }

    /** Hands over what was read before the failure; a sink that fails again is recorded, not retried. */
    private static void finishAfterFailure(HarvestSession session, HarvestRun run, RunTally tally) {
        try {
            session.finish();
        } catch (RuntimeException e) {
            LOG.error("Source {} run {}: could not hand over the last batch", run.sourceId(), run.runId(), e);
            tally.aborted(new RunError(session.currentUrl().orElse(""), Optional.empty(),
                    "No se pudo entregar el último lote / Could not hand over the last batch: " + e));
        }
    }

    private static RunError noAdapter(Source source) {
        String protocol = source.protocol();
        return new RunError(source.parameters().entryPoint().orElse(""), Optional.empty(),
                "Aún no hay adaptador para el protocolo \"" + protocol + "\" / Protocol \"" + protocol
                        + "\" has no adapter yet");
    }

    /** Collects what a harvester is made of. Clock defaults to UTC system time, batch size to 500. */
    public static final class Builder {
        private ReleaseValidator validator;
        private FetcherFactory fetchers;
        private ProtocolAdapters adapters;
        private HarvestSink sink;
        private Clock clock = Clock.systemUTC();
        private ObjectMapper mapper;
        private int batchSize = 500;

        private Builder() {
        }

        public Builder validator(ReleaseValidator validator) {
            this.validator = validator;
            return this;
        }

        public Builder fetchers(FetcherFactory fetchers) {
            this.fetchers = fetchers;
            return this;
        }

        public Builder adapters(ProtocolAdapters adapters) {
            this.adapters = adapters;
            return this;
        }

        public Builder sink(HarvestSink sink) {
            this.sink = sink;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        public Harvester build() {
            return new Harvester(this);
        }
    }
}
