package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.Fetched;

import java.net.URI;
import java.util.Optional;

/**
 * What an adapter may do during one run of one source. Every request is counted; every failure is counted and
 * recorded in the run (URL, status, reason) before the adapter sees an empty result, so an adapter only decides
 * whether to go on.
 */
public interface SourceSession {

    /** The body at {@code url}; empty when it failed (already counted and recorded). */
    Optional<Fetched> fetch(URI url);

    /**
     * Like {@link #fetch}, but HTTP 404 and 410 mean "nothing there": empty, and not a failure.
     */
    Optional<Fetched> fetchIfPresent(URI url);

    /** Reads a fetched document as OCDS: its releases are validated and handed to the sink. */
    void read(Fetched document);

    /** Records a fetched document that the protocol cannot use, and why (Spanish / English). */
    void unusable(Fetched document, String reason);
}
