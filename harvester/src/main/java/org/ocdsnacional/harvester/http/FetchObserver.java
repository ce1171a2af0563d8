package org.ocdsnacional.harvester.http;

/** Hears what each HTTP attempt ended in, to count a run's requests by outcome. */
@FunctionalInterface
public interface FetchObserver {

    /** Hears nothing. */
    FetchObserver NONE = outcome -> { };

    /** What one attempt ended in. */
    enum Attempt {
        SUCCEEDED, NOT_MODIFIED, REDIRECT, RETRY, CLIENT_ERROR, SERVER_ERROR, NETWORK_ERROR, REFUSED
    }

    void attempt(Attempt outcome);
}
