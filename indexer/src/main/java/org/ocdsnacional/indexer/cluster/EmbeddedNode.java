package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;
import org.opensearch.transport.Netty4ModulePlugin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A single-node OpenSearch running inside this process, with its data in a folder that survives restarts.
 * OpenSearch locks the data folder, so a second instance over the same folder fails with a clear message. It serves
 * HTTP (on loopback, without authentication) only when given a port; the application asks it in-process.
 */
public final class EmbeddedNode implements AutoCloseable {

    private static final String NODE_NAME = "ocds-nacional";

    private final Node node;
    private final Optional<URI> httpUri;

    private EmbeddedNode(Node node, Optional<URI> httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    /**
     * Starts a node whose home is {@code home} (data in {@code home/data}, logs in {@code home/logs}), serving HTTP
     * on {@code httpPort} of loopback (0 for a free one) when given.
     */
    public static EmbeddedNode start(Path home, OptionalInt httpPort) {
        Settings settings = settings(home, httpPort);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> NODE_NAME);
        PluggedNode node;
        try {
            node = new PluggedNode(environment);
        } catch (RuntimeException e) {
            throw new ClusterException(startFailure(home, e), e);
        }
        try {
            node.start();
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node);
            throw new ClusterException(startFailure(home, e), e);
        }
        return new EmbeddedNode(node, httpPort.isPresent() ? Optional.of(boundUri(node)) : Optional.empty());
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:9200}, for operators and tools; empty when it has none. */
    public Optional<URI> httpUri() {
        return httpUri;
    }

    /** A connection into the node's REST layer from this process, without HTTP. */
    ClusterConnection connection(ObjectMapper mapper) {
        return node.injector().getInstance(PluginsService.class).filterPlugins(InProcessRestPlugin.class)
                .getFirst().connection(mapper);
    }

    @Override
    public void close() {
        try {
            node.close();
        } catch (IOException e) {
            throw new ClusterException("Could not stop the embedded OpenSearch node cleanly: " + e.getMessage(), e);
        }
    }

    private static Settings settings(Path home, OptionalInt httpPort) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new ClusterException("Cannot create the data folder " + home + ": " + e.getMessage(), e);
        }
        Settings.Builder settings = Settings.builder()
                .put("cluster.name", NODE_NAME)
                .put("node.name", NODE_NAME)
                .put("path.home", home.toAbsolutePath().toString())
                .put("path.data", home.resolve("data").toAbsolutePath().toString())
                .put("path.logs", home.resolve("logs").toAbsolutePath().toString())
                .put("network.host", "127.0.0.1")
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false);
        httpPort.ifPresentOrElse(port -> settings.put("http.port", Integer.toString(port)),
                () -> settings.put("http.type", NoHttpTransport.TYPE));
        return settings.build();
    }

    private static URI boundUri(Node node) {
        var address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        return URI.create("http://" + address.getAddress() + ":" + address.getPort());
    }

    private static String startFailure(Path home, Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("node lock") || detail.contains("obtain node lock")) {
            return "La carpeta de datos " + home.toAbsolutePath() + " está en uso por otro proceso de ocds-nacional; "
                    + "deténgalo o use otra carpeta (opensearch.data-dir) / The data folder " + home.toAbsolutePath()
                    + " is in use by another ocds-nacional process. Stop it, or point this one at another folder "
                    + "(opensearch.data-dir). Detail: " + detail;
        }
        if (detail.contains("BindException") || detail.contains("Address already in use")) {
            return "El puerto HTTP de OpenSearch está en uso; elija otro (opensearch.http-port) o ninguno / The "
                    + "OpenSearch HTTP port is taken: choose another (opensearch.http-port), or none. Detail: "
                    + detail;
        }
        return "El nodo de OpenSearch integrado no arrancó / The embedded OpenSearch node did not start: " + detail;
    }

    private static void closeQuietly(Node node) {
        try {
            node.close();
        } catch (IOException | RuntimeException suppressed) {
            // the start failure is what the user needs to see; a close failure after it adds nothing
        }
    }

    /**
     * A node with the plugins we need loaded from the classpath: HTTP transport, analysers, and the hand-over of
     * the REST dispatcher to this process.
     */
    private static final class PluggedNode extends Node {
        PluggedNode(Environment environment) {
            super(environment, List.of(plugin(Netty4ModulePlugin.class), plugin(CommonAnalysisModulePlugin.class),
                    plugin(InProcessRestPlugin.class)), true);
        }

        private static PluginInfo plugin(Class<? extends Plugin> type) {
            return new PluginInfo(type.getName(), type.getSimpleName(), Version.CURRENT.toString(), Version.CURRENT,
                    Runtime.version().feature() + "", type.getName(), List.of(), false);
        }
    }
}
