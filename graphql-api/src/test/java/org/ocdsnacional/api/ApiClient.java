package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Asks the API over real HTTP. */
final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    ApiClient(URI base) {
        this.endpoint = base.resolve("/graphql");
    }

    /** The data of an answer that must have no errors. */
    JsonNode data(String query) {
        JsonNode answer = post(query, Map.of());
        if (answer.has("errors")) {
            throw new AssertionError("GraphQL errors: " + answer.get("errors") + " for " + query);
        }
        return answer.path("data");
    }

    /** An HTTP status and a JSON body. */
    record Answer(int status, JsonNode body) {
    }

    /** A GET on the server. */
    Answer get(String pathAndQuery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    JsonNode post(String query, Map<String, Object> variables) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(Map.of("query", query, "variables", variables));
            HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            return MAPPER.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
