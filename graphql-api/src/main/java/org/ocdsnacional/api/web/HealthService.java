package org.ocdsnacional.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Health for load balancers and orchestrators. {@code GET /health/ready} (and {@code GET /health}, the same):
 * {@code {"status": "UP"|"DOWN", "checks": {name: {"status", "detail"}}}}, with HTTP 200 when every check is up
 * (OpenSearch reachable, its indices set up) and 503 otherwise: send traffic here or not. {@code GET /health/live}:
 * 200 {@code {"status": "UP"}} while the server answers, whatever its dependencies do, since restarting this
 * process would not mend them.
 */
public final class HealthService implements HttpService {

    private final List<HealthCheck> checks;
    private final ObjectMapper mapper;

    private HealthService(List<HealthCheck> checks, ObjectMapper mapper) {
        this.checks = List.copyOf(checks);
        this.mapper = mapper;
    }

    public static HealthService create(List<HealthCheck> checks, ObjectMapper mapper) {
        return new HealthService(checks, mapper);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::health)
                .get("/ready", this::health)
                .get("/live", this::live);
    }

    private void health(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck check : checks) {
            HealthCheck.Status status = check.check();
            up &= status.up();
            results.put(check.name(), Map.of("status", word(status.up()), "detail", status.detail()));
        }
        response.status(up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(mapper.writeValueAsBytes(Map.of("status", word(up), "checks", results)));
    }

    private void live(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        response.header(HeaderValues.CONTENT_TYPE_JSON)
                .header(HeaderValues.CACHE_NO_CACHE)
                .send(mapper.writeValueAsBytes(Map.of("status", word(true))));
    }

    private static String word(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
