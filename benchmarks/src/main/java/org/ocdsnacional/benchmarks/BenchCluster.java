package org.ocdsnacional.benchmarks;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A 3-node OpenSearch cluster on this machine, from the same artifacts as the embedded node: one JVM per node (this
 * class's {@link #main}, on this classpath) on loopback ports, each cluster-manager-eligible and holding data.
 */
final class BenchCluster implements AutoCloseable {

    private final List<Process> nodes;
    private final List<URI> urls;

    private BenchCluster(List<Process> nodes, List<URI> urls) {
        this.nodes = nodes;
        this.urls = urls;
    }

    /** Starts {@code size} nodes of {@code heap} each under {@code folder} and waits until they form a cluster. */
    static BenchCluster start(Path folder, int size, String heap) throws IOException, InterruptedException {
        List<Integer> http = freePorts(size);
        List<Integer> transport = freePorts(size);
        String seeds = transport.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        String managers = IntStream.range(0, size).mapToObj(i -> "node-" + i).collect(Collectors.joining(","));
        List<Process> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Path home = Files.createDirectories(folder.toAbsolutePath().resolve("node-" + i));
            nodes.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xms" + heap,
                    "-Xmx" + heap, "-XX:+UseG1GC", "--enable-native-access=ALL-UNNAMED", "--add-modules",
                    "jdk.incubator.vector", "-Docds.logs.dir=" + home.resolve("logs"),
                    "-cp", absoluteClassPath(), BenchCluster.class.getName(),
                    "cluster.name=ocds-bench", "node.name=node-" + i, "path.home=" + home,
                    "path.data=" + home.resolve("data"), "path.logs=" + home.resolve("logs"),
                    "network.host=127.0.0.1", "http.port=" + http.get(i), "transport.port=" + transport.get(i),
                    "discovery.seed_hosts=" + seeds, "cluster.initial_cluster_manager_nodes=" + managers,
                    "cluster.routing.allocation.disk.threshold_enabled=false")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.out").toFile()).start());
        }
        BenchCluster cluster = new BenchCluster(nodes, http.stream()
                .map(port -> URI.create("http://127.0.0.1:" + port)).toList());
        cluster.awaitFormed(Duration.ofMinutes(3));
        return cluster;
    }

    /** The node's program: settings as {@code key=value} arguments; runs until killed. */
    public static void main(String[] args) throws Exception {
        Settings.Builder builder = Settings.builder();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            builder.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        Settings settings = builder.build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                () -> settings.get("node.name"));
        new PluggedNode(environment, List.of(plugin(Netty4ModulePlugin.class),
                plugin(CommonAnalysisModulePlugin.class))).start();
        new CountDownLatch(1).await();
    }

    /** The nodes' HTTP addresses, comma-separated, as {@code opensearch.urls} takes them. */
    String urls() {
        return urls.stream().map(URI::toString).collect(Collectors.joining(","));
    }

    /** Deletes the indices of one deployment ({@code prefix-*}). */
    void deleteDeployment(String prefix) throws IOException {
        Http.send(urls.getFirst(), "DELETE", "/" + prefix + "-*", null);
    }

    @Override
    public void close() throws InterruptedException {
        nodes.forEach(Process::destroy);
        for (Process node : nodes) {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
    }

    private void awaitFormed(Duration deadline) throws InterruptedException {
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (Http.send(urls.getFirst(), "GET", "/_cluster/health?wait_for_nodes=" + nodes.size()
                        + "&timeout=1s", null).path("number_of_nodes").asInt() == nodes.size()) {
                    return;
                }
            } catch (IOException notYet) {
                // the node is starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the " + nodes.size() + " nodes did not form a cluster within " + deadline);
    }

    /** This JVM's class path with every entry absolute: the nodes run in their own folders. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }

    private static PluginInfo plugin(Class<? extends Plugin> type) {
        return new PluginInfo(type.getName(), type.getSimpleName(), Version.CURRENT.toString(), Version.CURRENT,
                Runtime.version().feature() + "", type.getName(), List.of(), false);
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static final class PluggedNode extends Node {
        PluggedNode(Environment environment, List<PluginInfo> plugins) {
            super(environment, plugins, true);
        }
    }
}
