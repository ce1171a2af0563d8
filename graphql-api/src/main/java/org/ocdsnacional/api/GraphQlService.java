package org.ocdsnacional.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.ocdsnacional.api.admin.Credentials;
import org.ocdsnacional.api.admin.MutationsByPost;
import org.ocdsnacional.api.limits.BoundedJson;
import org.ocdsnacional.api.limits.CostReport;
import org.ocdsnacional.api.web.QueryMetrics;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphQL over HTTP: {@code POST /graphql} with {@code {"query", "variables", "operationName"}}, the same as
 * {@code GET /graphql?query=…&variables=…} (which never runs a mutation: HTTP 405), and the schema itself at
 * {@code GET /graphql/schema.graphql}. A query refused for the client's budget is answered with HTTP 429 and
 * {@code Retry-After}.
 */
public final class GraphQlService implements HttpService {

    private final GraphQlEngine engine;
    private final QueryMetrics metrics;
    private final ObjectMapper mapper;

    private GraphQlService(GraphQlEngine engine, QueryMetrics metrics, ObjectMapper mapper) {
        this.engine = engine;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /** Serves {@code engine}, counting every request in {@code metrics}. */
    public static GraphQlService create(GraphQlEngine engine, QueryMetrics metrics, ObjectMapper mapper) {
        return new GraphQlService(engine, metrics, mapper);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/schema.graphql", this::schema)
                .post("/", this::post)
                .get("/", this::get);
    }

    private void schema(ServerRequest request, ServerResponse response) {
        response.header(HeaderValues.CONTENT_TYPE_TEXT_PLAIN).send(engine.sdl());
    }

    private void post(ServerRequest request, ServerResponse response) throws IOException {
        JsonNode body;
        try {
            body = mapper.readTree(request.content().as(byte[].class));
        } catch (JsonProcessingException e) {
            badRequest(response, "El cuerpo no es JSON / The request body is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (body == null || !body.path("query").isTextual()) {
            badRequest(response, "Falta «query» / The request needs a «query» string");
            return;
        }
        execute(request, response, body.path("query").asText(), variables(body.path("variables")),
                Optional.ofNullable(body.path("operationName").asText(null)), false);
    }

    private void get(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        var query = request.query().first("query");
        if (query.isEmpty()) {
            badRequest(response, "Falta el parámetro «query» / The «query» parameter is missing");
            return;
        }
        JsonNode variables;
        try {
            variables = mapper.readTree(request.query().first("variables").orElse("{}"));
        } catch (JsonProcessingException e) {
            badRequest(response, "«variables» no es JSON / «variables» is not JSON: " + e.getOriginalMessage());
            return;
        }
        execute(request, response, query.get(), variables(variables),
                request.query().first("operationName").asOptional(), true);
    }

    private void execute(ServerRequest request, ServerResponse response, String query, Map<String, Object> variables,
                         Optional<String> operation, boolean readOnly) throws JsonProcessingException {
        Credentials credentials = Credentials.fromAuthorization(
                request.headers().first(HeaderNames.AUTHORIZATION));
        GraphQlRequest graphQl = new GraphQlRequest(query, variables, operation,
                ClientKeys.of(request.remotePeer().address()), credentials, readOnly);
        long started = System.nanoTime();
        GraphQlResponse answer = engine.execute(graphQl);
        metrics.record(answer.cost().map(CostReport::requested).orElse(0L), answer.errorCodes(),
                Duration.ofNanos(System.nanoTime() - started));
        answer.retryAfterSeconds().ifPresent(seconds -> response.status(Status.TOO_MANY_REQUESTS_429)
                .header(HeaderNames.RETRY_AFTER, String.valueOf(seconds)));
        if (answer.errorCodes().contains(MutationsByPost.METHOD_NOT_ALLOWED)) {
            response.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "POST");
        }
        byte[] body = BoundedJson.write(mapper, answer.toSpecification(), engine.maxResponseBytes())
                .orElseGet(() -> tooLarge(answer));
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(body);
    }

    /** The error answered instead of an answer larger than allowed, with what the query cost. */
    private byte[] tooLarge(GraphQlResponse answer) {
        Map<String, Object> error = new LinkedHashMap<>(BoundedJson.tooLarge(engine.maxResponseBytes()));
        answer.cost().ifPresent(cost -> error.put("extensions", Map.of("cost", cost.toExtension())));
        try {
            return mapper.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an error", e);
        }
    }

    private Map<String, Object> variables(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return Map.of();
        }
        return mapper.convertValue(node, mapper.getTypeFactory().constructMapType(Map.class, String.class,
                Object.class));
    }

    private void badRequest(ServerResponse response, String message) throws JsonProcessingException {
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST"));
        response.status(Status.BAD_REQUEST_400)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .send(mapper.writeValueAsBytes(Map.of("errors", List.of(error))));
    }
}
