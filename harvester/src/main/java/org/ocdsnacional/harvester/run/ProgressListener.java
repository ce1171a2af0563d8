package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.HarvestRun;

/** Hears how a run is going (after each request and each batch), e.g. to print progress on a terminal. */
@FunctionalInterface
public interface ProgressListener {

    /** Hears nothing. */
    ProgressListener NONE = run -> { };

    /** The run so far: state RUNNING, counts up to now, first error if any. */
    void progress(HarvestRun run);
}
