package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A client of the API from one loopback address of its own (127.0.0.2, 127.0.0.3, …): the server keys budgets by
 * address, so each such client has its own.
 */
final class LoopbackClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http;
    private final URI base;

    private LoopbackClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A client from {@code 127.0.0.<last>} of the server at {@code base}. */
    static LoopbackClient from(int last, URI base) {
        try {
            InetAddress address = InetAddress.getByAddress(new byte[]{127, 0, 0, (byte) last});
            return new LoopbackClient(HttpClient.newBuilder().localAddress(address).build(), base);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** POSTs a query to {@code /graphql}, with extra headers as name, value, name, value… */
    Reply post(String query, Map<String, Object> variables, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(
                            Map.of("query", query, "variables", variables))));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request.build());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Reply post(String query) {
        return post(query, Map.of());
    }

    /** Any request, built by the caller. */
    Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            JsonNode body = bytes.length == 0 ? MAPPER.nullNode() : parse(bytes);
            return new Reply(response.statusCode(), response, bytes.length, body);
        } catch (IOException e) {
            throw new AssertionError("The API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A GET of {@code path} (with its query string). */
    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).build());
    }

    URI base() {
        return base;
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException notJson) {
            return MAPPER.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * An answer.
     *
     * @param status   HTTP status
     * @param response the whole response
     * @param bytes    the size of its body
     * @param body     the body as JSON (a text node when it is not JSON)
     */
    record Reply(int status, HttpResponse<byte[]> response, long bytes, JsonNode body) {

        /** The {@code code} of the first error, or empty text. */
        String code() {
            return body.at("/errors/0/extensions/code").asText();
        }

        String message() {
            return body.at("/errors/0/message").asText();
        }
    }
}
