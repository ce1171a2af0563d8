package org.ocdsnacional.indexer.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Counts OpenSearch's errors on Micrometer's global registry ({@code ocds.opensearch.errors}, by kind), where the
 * application adds the registry it exposes. Not found (404) and version conflicts (409) are answers the code
 * expects (an absent document, a lease held by another instance), not errors.
 */
final class ClusterErrors {

    private ClusterErrors() {
    }

    /** An answer of {@code status}: counted as {@code 4xx} or {@code 5xx} unless it is one the code expects. */
    static void answered(int status) {
        if (status == 404 || status == 409) {
            return;
        }
        count(status >= 500 ? "5xx" : "4xx");
    }

    /** No answer: the cluster (or the embedded node) could not be reached. */
    static void unreachable() {
        count("unreachable");
    }

    private static void count(String kind) {
        Counter.builder("ocds.opensearch.errors").description("OpenSearch requests that failed, by kind")
                .tag("kind", kind).register(Metrics.globalRegistry).increment();
    }
}
