package org.ocdsnacional.api.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics}: every meter of the application in the Prometheus text format (API requests, harvests,
 * OpenSearch errors, the JVM), for a Prometheus server to scrape. Nothing secret, and labels from bounded sets only.
 */
public final class MetricsService implements HttpService {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    private MetricsService(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public static MetricsService create(PrometheusMeterRegistry registry) {
        return new MetricsService(registry);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::metrics);
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, PROMETHEUS_TEXT)
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(registry.scrape());
    }
}
