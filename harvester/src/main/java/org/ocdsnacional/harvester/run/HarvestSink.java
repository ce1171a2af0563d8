package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.List;

/**
 * Where harvested releases go (the application connects it to the indexer). Called from the run's thread, in
 * order: {@code runStarted}, any number of {@code accept}, {@code runValidated} when releases were read, then
 * {@code runFinished}, which always comes.
 */
public interface HarvestSink {

    void runStarted(HarvestRun run);

    /** A batch of releases of the running run; the list is not reused by the harvester. */
    void accept(List<HarvestedRelease> batch);

    /**
     * What validation found over the whole run (issues grouped by type and path, the publication summary), given
     * with the ended run before {@link #runFinished}; not called when the run read no release.
     */
    default void runValidated(HarvestRun run, ValidationReport report) {
    }

    /** The run, ended, with its counts, state and first error. */
    void runFinished(HarvestRun run);
}
