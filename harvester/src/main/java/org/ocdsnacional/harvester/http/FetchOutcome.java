package org.ocdsnacional.harvester.http;

import java.net.URI;

/** What a request ended in when it did not fail: a body on disk, or "not modified since the copy we hold". */
public sealed interface FetchOutcome permits Fetched, FetchOutcome.NotModified {

    /** The URL asked for. */
    URI url();

    /**
     * A 304 answer to a conditional request: the copy we hold is current.
     *
     * @param url the URL asked for
     */
    record NotModified(URI url) implements FetchOutcome {
    }
}
