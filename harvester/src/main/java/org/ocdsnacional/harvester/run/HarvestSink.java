package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;

import java.util.List;

/**
 * Where harvested releases go (the application connects it to the indexer). Called from the run's thread, in
 * order: {@code runStarted}, any number of {@code accept}, then {@code runFinished}, which always comes. Only new
 * and changed releases are handed over; unchanged ones are only counted.
 */
public interface HarvestSink {

    void runStarted(HarvestRun run);

    /** A batch of releases of the running run; the list is not reused by the harvester. */
    void accept(List<HarvestedRelease> batch);

    /** The run, ended, with its counts, state and first error. */
    void runFinished(HarvestRun run);
}
