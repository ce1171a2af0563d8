package org.ocdsnacional.harvester.http;

/** Makes the {@link Fetcher} of one run of one source; connection pools and per-host gates are shared behind it. */
@FunctionalInterface
public interface FetcherFactory {

    Fetcher create(FetchContext context);
}
