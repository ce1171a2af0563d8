package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** Asks the running API over real HTTP, as any client would. */
final class GraphQlClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final Optional<String> token;

    GraphQlClient(URI base) {
        this(base, Optional.empty());
    }

    private GraphQlClient(URI base, Optional<String> token) {
        this.endpoint = base.resolve("/graphql");
        this.token = token;
    }

    /** The same client, sending {@code Authorization: Bearer token}. */
    GraphQlClient withToken(String bearerToken) {
        return new GraphQlClient(endpoint, Optional.of(bearerToken));
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
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            token.ifPresent(bearer -> request.header("Authorization", "Bearer " + bearer));
            return MAPPER.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
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
