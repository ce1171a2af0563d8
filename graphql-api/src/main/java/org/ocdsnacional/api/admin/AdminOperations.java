package org.ocdsnacional.api.admin;

/**
 * What the admin mutations do. The application implements it over the harvester and the registry; the API only
 * checks the caller's token and calls it. Methods throw {@link AdminException} for what the caller can fix.
 */
public interface AdminOperations {

    /** Asks for a harvest of the source now and returns at once; the run shows in the source's {@code lastRun}. */
    RunRequest runSourceNow(String sourceId);

    /** Changes the status of a registered source. */
    StatusChange setSourceStatus(String sourceId, SourceStatus status);

    /** Reads the registry again; an invalid registry changes nothing. */
    RegistryReload reloadRegistry();

    /** The outcome of asking for a run now. */
    enum RunState {
        /** Queued: it starts as soon as a run of the same source in progress, if any, ends. */
        ACCEPTED,
        /** A run of this source is in progress; no second one was started. */
        ALREADY_RUNNING
    }

    /**
     * A request to harvest a source now.
     *
     * @param sourceId the source
     * @param state    what became of it
     */
    record RunRequest(String sourceId, RunState state) {
    }

    /**
     * A status change.
     *
     * @param sourceId the source
     * @param previous its status before
     * @param status   its status now
     */
    record StatusChange(String sourceId, SourceStatus previous, SourceStatus status) {
    }

    /**
     * The registry after a reload.
     *
     * @param sources how many sources it has
     * @param active  how many of them are active
     */
    record RegistryReload(int sources, int active) {
    }
}
