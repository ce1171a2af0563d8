package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

import java.net.URI;

/** The HTTP server of the API: GraphQL at {@code /graphql}, OCDS packages of a process at {@code /ocds}. */
public final class ApiServer implements AutoCloseable {

    private final WebServer server;

    private ApiServer(WebServer server) {
        this.server = server;
    }

    /** Starts listening on {@code host:port} (port 0 picks a free one). */
    public static ApiServer start(String host, int port, ApiBackend backend, ObjectMapper mapper) {
        GraphQlEngine engine = GraphQlEngine.create(backend, mapper);
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                .routing(routing -> routing
                        .register("/graphql", GraphQlService.create(engine, mapper))
                        .register("/ocds", OcdsPackageService.create(backend, mapper)))
                .build()
                .start();
        return new ApiServer(server);
    }

    /** The base URL, e.g. {@code http://localhost:8080}. */
    public URI uri() {
        return URI.create("http://localhost:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
