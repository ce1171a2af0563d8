package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server that plays generated publishers: each source answers under {@code /{id}/} in the wire shape
 * of its protocol. Answers are generated as they are sent, so a publisher of any size costs no memory; the same
 * request always gets the same bytes.
 */
public final class Publisher implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, PublishedSource> sources;
    private final Protocols protocols;
    private final ObjectMapper mapper;

    private Publisher(HttpServer server, ExecutorService threads, Map<String, PublishedSource> sources,
                      ObjectMapper mapper) {
        this.server = server;
        this.threads = threads;
        this.sources = sources;
        this.protocols = Protocols.create(mapper);
        this.mapper = mapper;
    }

    /** Starts serving {@code sources} on {@code host}:{@code port} (0 picks a free port). */
    public static Publisher start(String host, int port, List<PublishedSource> sources, ObjectMapper mapper)
            throws IOException {
        Map<String, PublishedSource> byId = new LinkedHashMap<>();
        sources.forEach(source -> {
            if (byId.putIfAbsent(source.id(), source) != null) {
                throw new IllegalArgumentException("Two generated sources are called " + source.id());
            }
        });
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        Publisher publisher = new Publisher(server, threads, Map.copyOf(byId), mapper);
        server.createContext("/", publisher::answer);
        server.setExecutor(threads);
        server.start();
        return publisher;
    }

    /** Where source {@code id} answers: {@code http://127.0.0.1:PORT/id}. */
    public URI baseUrl(String id) {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
        return URI.create("http://" + host + ":" + address.getPort() + "/" + id);
    }

    /** The registry parameters that point a harvester at source {@code id}, as YAML lines. */
    public String registryParameters(String id) {
        PublishedSource source = sources.get(id);
        return protocols.route(source.protocol()).registryParameters(baseUrl(id).toString(), source);
    }

    public List<PublishedSource> sources() {
        return List.copyOf(sources.values());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int slash = path.indexOf('/', 1);
            String id = slash < 0 ? path.substring(1) : path.substring(1, slash);
            Optional<PublishedSource> source = Optional.ofNullable(sources.get(id));
            Response response = new Response(exchange, mapper);
            boolean answered = source.isPresent() && protocols.route(source.get().protocol())
                    .answer(Request.of(exchange, slash < 0 ? "" : path.substring(slash)), source.get(), response);
            if (!answered) {
                response.json(404, Map.of("status", 404, "message", "No existe / Not found: " + path));
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }
}
