package org.ocdsnacional.harvester.testing;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A publisher on a local port: answers paths it was given (a response, or a sequence whose last one repeats), 404
 * to anything else, and records every request.
 */
public final class LocalPublisher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, BlockingDeque<MockResponse>> responses = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private LocalPublisher() {
    }

    public static LocalPublisher start() throws IOException {
        LocalPublisher publisher = new LocalPublisher();
        publisher.server.setDispatcher(publisher.new Routes());
        publisher.server.start();
        return publisher;
    }

    public LocalPublisher json(String path, String body) {
        return respond(path, 200, "application/json", body);
    }

    public LocalPublisher respond(String path, int status, String contentType, String body) {
        return respond(path, new MockResponse.Builder().code(status).setHeader("Content-Type", contentType)
                .body(body).build());
    }

    /** Answers {@code path} with these responses in turn, the last one for ever after. */
    public LocalPublisher respond(String path, MockResponse... sequence) {
        responses.put(path, new LinkedBlockingDeque<>(List.of(sequence)));
        return this;
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    public URI url(String path) {
        return URI.create(baseUrl() + path);
    }

    public List<String> requestedPaths() {
        return requests.stream().map(request -> request.getUrl().encodedPath()).toList();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Routes extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            var sequence = responses.get(request.getUrl().encodedPath());
            if (sequence != null) {
                synchronized (sequence) {
                    return sequence.size() > 1 ? sequence.poll() : sequence.peek();
                }
            }
            return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                    .body("{\"status\":404,\"message\":\"Not found\"}").build();
        }
    }
}
