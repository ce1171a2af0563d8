package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.RunError;

/** Ends a run at once: a failure that makes going on pointless (401, 403, or 404 on an entry point). */
final class RunStopped extends RuntimeException {

    private final transient RunError error;

    RunStopped(RunError error) {
        super(error.reason() + " (" + error.url() + ")");
        this.error = error;
    }

    RunError error() {
        return error;
    }
}
