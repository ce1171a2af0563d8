package org.ocdsnacional.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A real HTTP server on loopback that plays publishers: fixed bodies by path, and a count of requests. */
final class LocalPublisher implements AutoCloseable {

    private record Answer(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    LocalPublisher() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalPublisher json(String path, String body) {
        return respond(path, 200, "application/json; charset=utf-8", body);
    }

    LocalPublisher respond(String path, int status, String contentType, String body) {
        answers.put(path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        Answer answer = answers.getOrDefault(path, new Answer(404, "application/json",
                "{\"status\":404,\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8)));
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
