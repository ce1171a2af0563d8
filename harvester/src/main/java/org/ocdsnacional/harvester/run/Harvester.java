package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.harvester.http.FetchContext;
import org.ocdsnacional.harvester.http.FetcherFactory;
import org.ocdsnacional.harvester.http.Redaction;
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
import org.ocdsnacional.ocds.validate.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Harvests one source at a time: one run per call, which never throws for anything the source does. Unchanged
 * releases are counted and not handed on; new and changed ones are validated and handed to the sink; a complete
 * run then withdraws what it no longer saw. Thread-safe: runs of different sources may go in parallel.
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
        ObjectMapper mapper = Objects.requireNonNull(builder.mapper, "mapper");
        this.pipeline = new Pipeline(OcdsReader.create(mapper),
                Objects.requireNonNull(builder.validator, "validator"), Objects.requireNonNull(builder.sink, "sink"),
                builder.store, builder.batchSize, builder.withdrawalLimit);
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
        RunTally tally = new RunTally(PublicationValidation.startDeduplicated(pipeline.validator(),
                ReportLimits.DEFAULTS));
        Runnable rememberDocuments = execute(source, run, tally, progress);
        HarvestRun finished = run.finish(tally.endState(), clock.instant(), tally.counts(), tally.firstError());
        LOG.info("Source {} run {}: {} {}{}", source.id(), run.runId(), finished.state(), finished.counts(),
                finished.error().map(error -> " first error: " + error).orElse(""));
        ValidationReport report = tally.validation().report();
        if (report.summary().releases() > 0) {
            pipeline.sink().runValidated(finished, report);
        }
        rememberDocuments.run();
        pipeline.sink().runFinished(finished);
        return finished;
    }

    /**
     * Runs the adapter, reads again for the report what it skipped as unchanged, and hands everything over; returns
     * the work that remembers the documents read in full, to do once the run's report is stored (nothing when the
     * hand-over failed).
     */
    private Runnable execute(Source source, HarvestRun run, RunTally tally, ProgressListener progress) {
        Optional<ProtocolAdapter> adapter = adapters.find(source.protocol());
        if (adapter.isEmpty()) {
            tally.aborted(noAdapter(source));
            return () -> { };
        }
        HarvestSession session = new HarvestSession(run, fetchers.create(context(source, tally)),
                source.http().maxUnpackedBytes(), tally, progress, pipeline);
        try {
            adapter.get().harvest(source, session);
            session.readSkippedForReport();
            session.finish();
            withdraw(source, run, tally);
            return session::rememberDocuments;
        } catch (RunStopped stopped) {
            tally.aborted(stopped.error());
            return finishAfterFailure(session, run, tally);
        } catch (IOException | RuntimeException e) {
            String where = session.currentUrl().or(() -> source.parameters().entryPoint()).orElse("");
            LOG.error("Source {} run {} stopped at {}", source.id(), run.runId(), Redaction.url(where),
                    Redaction.throwable(e));
            tally.aborted(new RunError(where, Optional.empty(), "La cosecha se detuvo / The harvest stopped: " + e));
            return finishAfterFailure(session, run, tally);
        } finally {
            session.close();
        }
    }

    /** After a complete run only: a failed or partial run never withdraws anything. */
    private void withdraw(Source source, HarvestRun run, RunTally tally) {
        if (!tally.complete()) {
            return;
        }
        Withdrawal withdrawal = pipeline.store().withdraw(new WithdrawalRequest(source.id(), run.runId(),
                tally::sawProcess, tally.unchangedDocuments(), pipeline.withdrawalLimit()));
        tally.withdrawn(withdrawal.withdrawn());
        if (withdrawal.skipped()) {
            tally.note(new RunError(source.parameters().entryPoint().orElse(""), Optional.empty(),
                    "No se retiró nada: esta ejecución no vio " + withdrawal.candidates() + " de "
                            + withdrawal.known() + " procesos, demasiados para ser creíble / Nothing withdrawn: this "
                            + "run did not see " + withdrawal.candidates() + " of " + withdrawal.known()
                            + " processes, too many to be believable"));
        }
    }

    private static FetchContext context(Source source, RunTally tally) {
        Collection<String> values = source.parameters().values().values().stream().flatMap(Collection::stream)
                .toList();
        return FetchContext.forSource(source.http(), values, tally);
    }

    /**
     * Hands over what was read before the failure; a sink that fails again is recorded, not retried. Returns the
     * remembering of the documents read in full, or nothing when their releases may not all be stored.
     */
    private static Runnable finishAfterFailure(HarvestSession session, HarvestRun run, RunTally tally) {
        try {
            session.finish();
            return session::rememberDocuments;
        } catch (RuntimeException e) {
            LOG.error("Source {} run {}: could not hand over the last batch", run.sourceId(), run.runId(),
                    Redaction.throwable(e));
            tally.aborted(new RunError(session.currentUrl().orElse(""), Optional.empty(),
                    "No se pudo entregar el último lote / Could not hand over the last batch: " + e));
            return () -> { };
        }
    }

    private static RunError noAdapter(Source source) {
        String protocol = source.protocol();
        return new RunError(source.parameters().entryPoint().orElse(""), Optional.empty(),
                "Aún no hay adaptador para el protocolo \"" + protocol + "\" / Protocol \"" + protocol
                        + "\" has no adapter yet");
    }

    /**
     * Collects what a harvester is made of. Clock defaults to UTC system time, batch size to 500, the store to
     * {@link HarvestStore#NONE} and the withdrawal limit to half of a source's processes.
     */
    public static final class Builder {
        private ReleaseValidator validator;
        private FetcherFactory fetchers;
        private ProtocolAdapters adapters;
        private HarvestSink sink;
        private HarvestStore store = HarvestStore.NONE;
        private Clock clock = Clock.systemUTC();
        private ObjectMapper mapper;
        private int batchSize = 500;
        private double withdrawalLimit = 0.5;

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

        public Builder store(HarvestStore store) {
            this.store = Objects.requireNonNull(store, "store");
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

        /** Largest fraction (0 to 1) of a source's processes one complete run may withdraw. */
        public Builder withdrawalLimit(double fraction) {
            if (fraction < 0 || fraction > 1) {
                throw new IllegalArgumentException("withdrawal limit must be between 0 and 1: " + fraction);
            }
            this.withdrawalLimit = fraction;
            return this;
        }

        public Harvester build() {
            return new Harvester(this);
        }
    }
}
