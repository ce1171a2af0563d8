package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Asks the running API over real HTTP, as any client would. */
final class GraphQlClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    GraphQlClient(URI base) {
        this.endpoint = base.resolve("/graphql");
    }

    /** The {@code data} of the answer; fails the test when the answer carries errors. */
    JsonNode data(String query, Map<String, Object> variables) {
        JsonNode answer = post(query, variables);
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors"));
        }
        return answer.path("data");
    }

    JsonNode post(String query, Map<String, Object> variables) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(Map.of("query", query, "variables", variables));
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return MAPPER.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(endpoint.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
