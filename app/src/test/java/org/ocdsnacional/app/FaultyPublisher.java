package org.ocdsnacional.app;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on a local port that misbehaves on demand: each path answers a sequence of responses (the last one
 * repeats), anything else 404. Counts the requests per path.
 */
final class FaultyPublisher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<MockResponse>> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    FaultyPublisher() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Deque<MockResponse> queue = answers.get(path);
                if (queue == null || queue.isEmpty()) {
                    return new MockResponse.Builder().code(404).body("{\"message\":\"not found\"}").build();
                }
                synchronized (queue) {
                    return queue.size() > 1 ? queue.poll() : queue.peek();
                }
            }
        });
        server.start();
    }

    /** Answers {@code path} with these responses in turn, the last one for ever after. */
    FaultyPublisher answer(String path, MockResponse... responses) {
        answers.put(path, new ArrayDeque<>(List.of(responses)));
        hits.remove(path);
        return this;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    String url(String path) {
        return server.url(path).toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
