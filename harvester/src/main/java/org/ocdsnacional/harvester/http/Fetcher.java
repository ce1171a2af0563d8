package org.ocdsnacional.harvester.http;

import java.net.URI;

/**
 * Gets the body of one URL onto disk. {@link HttpFetcher} is the plain implementation; retries and politeness
 * delays wrap it without changing callers.
 */
@FunctionalInterface
public interface Fetcher {

    /** The body at {@code url}; the caller closes the result, which deletes a temporary copy. */
    Fetched get(URI url) throws FetchException;
}
