package org.ocdsnacional.ocds.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One harvest of one source: when, why, how it ended and what it counted.
 *
 * @param runId      unique id of the run
 * @param sourceId   the registry id of the source
 * @param trigger    why it started
 * @param state      how it stands or ended
 * @param startedAt  start time
 * @param finishedAt end time, empty while running
 * @param counts     what it did
 * @param error      the first error, if any
 */
public record HarvestRun(String runId, String sourceId, RunTrigger trigger, RunState state, Instant startedAt,
                         Optional<Instant> finishedAt, RunCounts counts, Optional<RunError> error) {

    public HarvestRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    /** A run that has just started. */
    public static HarvestRun start(String runId, String sourceId, RunTrigger trigger, Instant now) {
        return new HarvestRun(runId, sourceId, trigger, RunState.RUNNING, now, Optional.empty(), RunCounts.ZERO,
                Optional.empty());
    }

    /** This run, ended. */
    public HarvestRun finish(RunState endState, Instant now, RunCounts endCounts, Optional<RunError> firstError) {
        return new HarvestRun(runId, sourceId, trigger, endState, startedAt, Optional.of(now), endCounts, firstError);
    }
}
