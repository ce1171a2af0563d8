package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opensearch.common.network.NetworkService;
import org.opensearch.common.settings.ClusterSettings;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.util.BigArrays;
import org.opensearch.common.util.PageCacheRecycler;
import org.opensearch.core.indices.breaker.CircuitBreakerService;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.NetworkPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.telemetry.tracing.Tracer;
import org.opensearch.threadpool.ThreadPool;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Gives this process the embedded node's REST dispatcher, so that requests can enter the node's REST layer
 * without a trip through HTTP. OpenSearch hands the dispatcher to network plugins when it builds its HTTP
 * transports; this plugin keeps it, and offers a transport that listens on nothing ({@link NoHttpTransport}), which
 * the node uses unless asked to serve HTTP (through Netty). Public with a no-argument constructor because OpenSearch
 * instantiates plugins itself.
 */
public final class InProcessRestPlugin extends Plugin implements NetworkPlugin {

    private volatile HttpServerTransport.Dispatcher dispatcher;
    private volatile ThreadPool threadPool;
    private volatile NamedXContentRegistry registry;

    @Override
    public Map<String, Supplier<HttpServerTransport>> getHttpTransports(Settings settings, ThreadPool threadPool,
            BigArrays bigArrays, PageCacheRecycler pageCacheRecycler, CircuitBreakerService circuitBreakerService,
            NamedXContentRegistry xContentRegistry, NetworkService networkService,
            HttpServerTransport.Dispatcher dispatcher, ClusterSettings clusterSettings, Tracer tracer) {
        this.dispatcher = dispatcher;
        this.threadPool = threadPool;
        this.registry = xContentRegistry;
        return Map.of(NoHttpTransport.TYPE, NoHttpTransport::new);
    }

    /** A connection into the node's REST layer; only once the node is built. */
    InProcessConnection connection(ObjectMapper mapper) {
        if (dispatcher == null) {
            throw new IllegalStateException("The embedded node has not handed over its REST dispatcher");
        }
        return new InProcessConnection(dispatcher, threadPool.getThreadContext(), registry, mapper);
    }
}
