package org.ocdsnacional.harvester.testing;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A local publisher whose answers the test scripts per request, and which records every request it gets. */
public final class ScriptedServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private ScriptedServer() {
    }

    /** A started server answering each request with {@code answers}. */
    public static ScriptedServer start(Function<RecordedRequest, MockResponse> answers) throws IOException {
        ScriptedServer scripted = new ScriptedServer();
        scripted.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                scripted.requests.add(request);
                return answers.apply(request);
            }
        });
        scripted.server.start();
        return scripted;
    }

    /** The requests received so far, in order (the live list: a test may clear it). */
    public List<RecordedRequest> requests() {
        return requests;
    }

    public HttpUrl url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
