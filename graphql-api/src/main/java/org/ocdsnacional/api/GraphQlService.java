package org.ocdsnacional.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;
import java.util.Map;

/**
 * GraphQL over HTTP: {@code POST /graphql} with {@code {"query", "variables", "operationName"}}, the same as
 * {@code GET /graphql?query=…}, and the schema itself at {@code GET /graphql/schema.graphql}.
 */
public final class GraphQlService implements HttpService {

    private final GraphQlEngine engine;
    private final ObjectMapper mapper;

    private GraphQlService(GraphQlEngine engine, ObjectMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
    }

    public static GraphQlService create(GraphQlEngine engine, ObjectMapper mapper) {
        return new GraphQlService(engine, mapper);
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

    private void post(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        JsonNode body;
        try {
            body = mapper.readTree(request.content().as(String.class));
        } catch (JsonProcessingException e) {
            badRequest(response, "El cuerpo no es JSON / The request body is not JSON: " + e.getOriginalMessage());
            return;
        }
        if (body == null || !body.path("query").isTextual()) {
            badRequest(response, "Falta «query» / The request needs a «query» string");
            return;
        }
        Map<String, Object> variables = body.path("variables").isObject()
                ? mapper.convertValue(body.path("variables"), mapper.getTypeFactory()
                .constructMapType(Map.class, String.class, Object.class))
                : Map.of();
        execute(response, body.path("query").asText(), variables, body.path("operationName").asText(null));
    }

    private void get(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        var query = request.query().first("query");
        if (query.isEmpty()) {
            badRequest(response, "Falta el parámetro «query» / The «query» parameter is missing");
            return;
        }
        execute(response, query.get(), Map.of(), null);
    }

    private void execute(ServerResponse response, String query, Map<String, Object> variables, String operation)
            throws JsonProcessingException {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .variables(variables)
                .operationName(operation)
                .build();
        ExecutionResult result = engine.execute(input);
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(mapper.writeValueAsBytes(result.toSpecification()));
    }

    private void badRequest(ServerResponse response, String message) throws JsonProcessingException {
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST"));
        response.status(Status.BAD_REQUEST_400)
                .header(HeaderValues.CONTENT_TYPE_JSON)
                .send(mapper.writeValueAsBytes(Map.of("errors", List.of(error))));
    }
}
