package org.ocdsnacional.harvester.http;

import java.net.URI;

/**
 * Makes one request and puts the body on disk. {@link HttpFetcher} makes the single attempt (redirects, size cap,
 * address policy, politeness); {@link RetryingFetcher} wraps it with retries.
 */
@FunctionalInterface
public interface Fetcher {

    /** The outcome of {@code request}; the caller closes a {@link Fetched}, which deletes a temporary copy. */
    FetchOutcome fetch(FetchRequest request) throws FetchException;

    /** The body at {@code url}, unconditionally. */
    default Fetched get(URI url) throws FetchException {
        return (Fetched) fetch(FetchRequest.get(url));
    }
}
