package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON requests to OpenSearch's HTTP API. */
final class Http {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static JsonNode send(URI base, String method, String path, JsonNode body) throws IOException {
        return exchange(base, method, path, "application/json", body == null ? null : body.toString());
    }

    static JsonNode sendNdjson(URI base, String path, String lines) throws IOException {
        return exchange(base, "POST", path, "application/x-ndjson", lines);
    }

    private static JsonNode exchange(URI base, String method, String path, String type, String body)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return MAPPER.readTree(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
