package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.web.HealthCheck;
import org.ocdsnacional.ocds.model.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The real API server on a free port, with no search backend (the tests ask only what needs none: introspection,
 * admin mutations, and queries refused before they run), asked over real HTTP.
 */
public final class TestApi implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestApi(ApiServer server) {
        this.server = server;
    }

    public static TestApi start(ApiConfig config, AdminOperations admin, List<HealthCheck> health) {
        return new TestApi(ApiServer.builder()
                .host("127.0.0.1")
                .port(0)
                .backend(new ApiBackend(null, null, null, null, null, List::of, null, null, null))
                .admin(admin)
                .healthChecks(health)
                .config(config)
                .mapper(Json.mapper())
                .start());
    }

    public static TestApi start(ApiConfig config) {
        return start(config, FakeAdmin.idle(), List.of());
    }

    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** POSTs a query to {@code /graphql} with extra headers given as name, value, name, value… */
    public Answer post(String query, String... headers) {
        return post(Map.of("query", query), headers);
    }

    /** POSTs a query with its variables to {@code /graphql}. */
    public Answer post(String query, Map<String, Object> variables) {
        return post(Map.of("query", query, "variables", variables));
    }

    /** POSTs {@code body} as it is to {@code /graphql}. */
    public Answer postRaw(String body) {
        return Answer.of(send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** GETs {@code pathAndQuery} on the server. */
    public Answer get(String pathAndQuery) {
        return Answer.of(send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** POSTs {@code body} (query, variables, operationName…) to {@code /graphql}, with extra headers. */
    public Answer post(Map<String, Object> body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return Answer.of(send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * An answer of {@code /graphql}.
     *
     * @param status   HTTP status
     * @param response the whole response
     * @param body     the JSON body
     */
    public record Answer(int status, HttpResponse<String> response, JsonNode body) {

        /** The answer, whose body must be JSON. */
        static Answer of(HttpResponse<String> response) {
            try {
                return new Answer(response.statusCode(), response, MAPPER.readTree(response.body()));
            } catch (IOException e) {
                throw new AssertionError("Not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
            }
        }

        /** The {@code code} extension of the first error, or empty text when there is none. */
        public String code() {
            return body.at("/errors/0/extensions/code").asText();
        }

        public String message() {
            return body.at("/errors/0/message").asText();
        }

        public JsonNode cost() {
            return body.at("/extensions/cost");
        }
    }
}
