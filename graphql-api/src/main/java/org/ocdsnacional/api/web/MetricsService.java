package org.ocdsnacional.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /metrics}: {@code {"requests", "cost", "seconds", "errors": {code: count}}} since start-up, e.g. how
 * many queries were refused for their cost or rate-limited.
 */
public final class MetricsService implements HttpService {

    private final QueryMetrics metrics;
    private final ObjectMapper mapper;

    private MetricsService(QueryMetrics metrics, ObjectMapper mapper) {
        this.metrics = metrics;
        this.mapper = mapper;
    }

    public static MetricsService create(QueryMetrics metrics, ObjectMapper mapper) {
        return new MetricsService(metrics, mapper);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::metrics);
    }

    private void metrics(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        response.header(HeaderValues.CONTENT_TYPE_JSON)
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(mapper.writeValueAsBytes(metrics.snapshot()));
    }
}
