package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.web.GraphQlCors;
import org.ocdsnacional.api.web.FaviconService;
import org.ocdsnacional.api.web.GraphiQlService;
import org.ocdsnacional.api.web.HealthCheck;
import org.ocdsnacional.api.web.HealthService;
import org.ocdsnacional.api.web.MetricsService;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.ocdsnacional.api.web.ApiMetrics;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The HTTP server of the API: GraphQL at {@code /graphql} (open to browser apps of the configured origins),
 * GraphiQL at {@code /graphiql}, OCDS packages of a process at {@code /ocds}, health at {@code /health/ready} and
 * {@code /health/live}, Prometheus metrics at {@code /metrics}, the icon at {@code /favicon.ico}, and the routes
 * given beside them (the portal's); anything none of them answers is a JSON 404 that says where these are.
 */
public final class ApiServer implements AutoCloseable {

    /** Requests larger than this are refused with HTTP 413 before they are read. */
    static final long MAX_PAYLOAD_BYTES = 1024 * 1024;

    /** The JDK's setting for how many platform threads carry the virtual threads. */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    private final WebServer server;
    private final GraphQlEngine engine;

    private ApiServer(WebServer server, GraphQlEngine engine) {
        this.server = server;
        this.engine = engine;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gives the virtual threads on which the server answers requests two carrier threads per core, unless the JVM
     * was told a number. With the JDK's one per core, the requests get a small share of the cores when the OpenSearch
     * node's thread pools (several threads per core) keep them busy: with 16 clients on two cores the summary's
     * p99 was 1.37 times the node's own, and 1.10 with two per core (docs/BENCHMARKS.md, "API latency"). Call it
     * first thing in {@code main}: the JDK reads the setting once, when the first virtual thread starts.
     */
    public static void configureCarriers() {
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
    }

    /** The base URL, e.g. {@code http://localhost:8080}. */
    public URI uri() {
        return URI.create("http://localhost:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
        engine.close();
    }

    /** The server could not listen where it was told to (the port taken, the address not this machine's). */
    public static final class StartException extends RuntimeException {

        public StartException(String host, int port) {
            super("No se pudo abrir el puerto " + port + " de la API en " + host + " (¿ya está en uso?); elija otro "
                    + "con --port o server.port / The API could not listen on port " + port + " of " + host
                    + " (is it already in use?); choose another with --port or server.port.");
        }
    }

    /** What the server needs; every setter but {@code host} and {@code config} is required. */
    public static final class Builder {

        private String host = "0.0.0.0";
        private int port;
        private ApiBackend backend;
        private AdminOperations admin;
        private List<HealthCheck> healthChecks = List.of();
        private PrometheusMeterRegistry meters;
        private ApiConfig config = ApiConfig.DEFAULTS;
        private ObjectMapper mapper;
        private Consumer<HttpRouting.Builder> moreRoutes = routing -> { };

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder backend(ApiBackend backend) {
            this.backend = backend;
            return this;
        }

        public Builder admin(AdminOperations admin) {
            this.admin = admin;
            return this;
        }

        /**
         * Where the API's meters go, and what {@code /metrics} shows (the application's other meters too); a registry
         * of the API's own when not given.
         */
        public Builder meters(PrometheusMeterRegistry meters) {
            this.meters = meters;
            return this;
        }

        public Builder healthChecks(List<HealthCheck> healthChecks) {
            this.healthChecks = List.copyOf(healthChecks);
            return this;
        }

        public Builder config(ApiConfig config) {
            this.config = config;
            return this;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        /**
         * Routes served beside the API's on the same port (the portal's), added after the API's own. A request they
         * pass on ({@code response.next()}) and nothing else answers gets the API's JSON 404.
         */
        public Builder moreRoutes(Consumer<HttpRouting.Builder> routes) {
            this.moreRoutes = Objects.requireNonNull(routes, "routes");
            return this;
        }

        /**
         * Starts listening.
         *
         * @throws StartException when the server cannot listen on its host and port (nothing is left running)
         */
        public ApiServer start() {
            Objects.requireNonNull(mapper, "mapper");
            GraphQlEngine engine = GraphQlEngine.create(Objects.requireNonNull(backend, "backend"), config,
                    Objects.requireNonNull(admin, "admin"));
            PrometheusMeterRegistry meters = this.meters != null ? this.meters
                    : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            ApiMetrics metrics = ApiMetrics.create(meters);
            WebServer server = WebServer.builder()
                    .host(host)
                    .port(port)
                    .maxPayloadSize(MAX_PAYLOAD_BYTES)
                    .directHandlers(TransportErrors.all(mapper))
                    // Answers go out as soon as they are written: with Nagle's algorithm a response written in
                    // two parts waited for the client's delayed ACK (about 40 ms on Linux).
                    .connectionOptions(options -> options.tcpNoDelay(true))
                    .featuresDiscoverServices(false)
                    .routing(routing -> moreRoutes.accept(routing
                            .addFilter(GraphQlCors.create(config.corsOrigins(), config.adminCorsOrigins()))
                            .register("/graphql", GraphQlService.create(engine, metrics, mapper))
                            .register("/ocds", OcdsPackageService.create(backend, mapper, config.publicUrl()))
                            .register("/favicon.ico", FaviconService.create())
                            .register("/graphiql", GraphiQlService.create())
                            .register(GraphiQlService.WEBJARS, StaticContentFeature.createService(
                                    ClasspathHandlerConfig.builder()
                                            .location(GraphiQlService.WEBJARS_CLASSPATH)
                                            .build()))
                            .register("/health", HealthService.create(healthChecks, mapper))
                            .register("/metrics", MetricsService.create(meters))))
                    .build()
                    .start();
            if (!server.isRunning() || server.port() <= 0) {
                server.stop();
                engine.close();
                throw new StartException(host, port);
            }
            return new ApiServer(server, engine);
        }
    }
}
