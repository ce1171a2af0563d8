package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.List;

/**
 * Where harvested releases go (the application connects it to the indexer). Called from the run's thread, in
 * order: {@code runStarted}, any number of {@code accept}, {@code runValidated} when the run validated releases,
 * then {@code runFinished}, which always comes. Only new and changed releases are handed over; every release read
 * is validated into the run's report, unchanged ones included (their stored copies keep the issues found when they
 * were handed over).
 */
public interface HarvestSink {

    void runStarted(HarvestRun run);

    /** A batch of releases of the running run; the list is not reused by the harvester. */
    void accept(List<HarvestedRelease> batch);

    /** What validating the run's new and changed releases found, aggregated for the publisher. */
    default void runValidated(HarvestRun run, ValidationReport report) {
    }

    /** The run, ended, with its counts, state and first error. */
    void runFinished(HarvestRun run);
}
