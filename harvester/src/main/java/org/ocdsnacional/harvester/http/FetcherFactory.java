package org.ocdsnacional.harvester.http;

import org.ocdsnacional.harvester.registry.HttpOptions;

/** Makes the {@link Fetcher} for one source's HTTP options; shared connection pools live behind it. */
@FunctionalInterface
public interface FetcherFactory {

    Fetcher create(HttpOptions options);
}
