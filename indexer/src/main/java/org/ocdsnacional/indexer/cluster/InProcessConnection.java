package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opensearch.common.util.concurrent.ThreadContext;
import org.opensearch.core.action.ActionListener;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.rest.RestStatus;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.http.HttpChannel;
import org.opensearch.http.HttpRequest;
import org.opensearch.http.HttpResponse;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.rest.AbstractRestChannel;
import org.opensearch.rest.RestRequest;
import org.opensearch.rest.RestResponse;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests to the embedded node through its REST layer, in this process: the same handlers, parsing and answers
 * as over HTTP, without the sockets, HTTP framing and client and server threads in between (what that saves is the
 * API latency benchmark's "API over HTTP" column, docs/BENCHMARKS.md). The request is dispatched on the caller's
 * thread, which then waits for the answer that OpenSearch sends from whichever thread finishes the work.
 */
final class InProcessConnection implements ClusterConnection {

    /** Longest wait for an answer; OpenSearch answers everything this project asks well within it. */
    private static final long TIMEOUT_SECONDS = 120;
    private static final InetSocketAddress LOCAL = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final HttpServerTransport.Dispatcher dispatcher;
    private final ThreadContext threadContext;
    private final NamedXContentRegistry registry;
    private final ObjectMapper mapper;

    InProcessConnection(HttpServerTransport.Dispatcher dispatcher, ThreadContext threadContext,
                        NamedXContentRegistry registry, ObjectMapper mapper) {
        this.dispatcher = dispatcher;
        this.threadContext = threadContext;
        this.registry = registry;
        this.mapper = mapper;
    }

    @Override
    public Answer send(String method, String endpoint, Optional<Body> body) throws IOException {
        RestRequest request = RestRequest.request(registry, new Request(method, endpoint, body), new Channel());
        Reply reply = new Reply(request);
        try (ThreadContext.StoredContext ignored = threadContext.stashContext()) {
            dispatcher.dispatchRequest(request, reply, threadContext);
        }
        RestResponse response = await(reply.response, method, endpoint);
        BytesReference content = response.content();
        return new Answer(response.status().getStatus(), content.length() == 0 ? mapper.createObjectNode()
                : mapper.readTree(content.streamInput()));
    }

    @Override
    public void close() {
        // nothing of its own to release: the node belongs to the embedded cluster
    }

    private static RestResponse await(CompletableFuture<RestResponse> response, String method, String endpoint)
            throws IOException {
        try {
            return response.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for OpenSearch to answer " + method + " "
                    + endpoint);
        } catch (TimeoutException e) {
            throw new IOException("The embedded OpenSearch node did not answer " + method + " " + endpoint
                    + " within " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new IOException("The embedded OpenSearch node failed on " + method + " " + endpoint + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The request as OpenSearch's REST layer reads it from HTTP: method, URI, headers, body. */
    private record Request(RestRequest.Method method, String uri, BytesReference content,
                           Map<String, List<String>> headers) implements HttpRequest {

        Request(String method, String endpoint, Optional<Body> body) {
            this(RestRequest.Method.valueOf(method), endpoint,
                    body.<BytesReference>map(b -> new BytesArray(b.bytes())).orElse(BytesArray.EMPTY),
                    body.map(b -> Map.of("Content-Type", List.of(b.contentType()))).orElse(Map.of()));
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return headers;
        }

        @Override
        public List<String> strictCookies() {
            return List.of();
        }

        @Override
        public HttpVersion protocolVersion() {
            return HttpVersion.HTTP_1_1;
        }

        @Override
        public HttpRequest removeHeader(String header) {
            return this;
        }

        @Override
        public HttpResponse createResponse(RestStatus status, BytesReference content) {
            throw new UnsupportedOperationException("in-process answers go through the REST channel");
        }

        @Override
        public Exception getInboundException() {
            return null;
        }

        @Override
        public void release() {
            // the body is a plain byte array, nothing pooled to release
        }

        @Override
        public HttpRequest releaseAndCopy() {
            return this;
        }
    }

    /** The connection the REST layer sees: always open, local, and never written to directly. */
    private static final class Channel implements HttpChannel {

        @Override
        public void sendResponse(HttpResponse response, ActionListener<Void> listener) {
            throw new UnsupportedOperationException("in-process answers go through the REST channel");
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return LOCAL;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return LOCAL;
        }

        @Override
        public void addCloseListener(ActionListener<Void> listener) {
            // never closes while a request is in flight; the caller waits for the answer or gives up
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
            // nothing to close
        }
    }

    /** Where the REST layer puts its answer. */
    private static final class Reply extends AbstractRestChannel {

        private final CompletableFuture<RestResponse> response = new CompletableFuture<>();

        Reply(RestRequest request) {
            super(request, true);
        }

        @Override
        public void sendResponse(RestResponse answer) {
            response.complete(answer);
        }
    }
}
