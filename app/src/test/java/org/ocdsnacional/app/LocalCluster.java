package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real OpenSearch cluster on this machine: one JVM per node ({@link ClusterNode} with the test classpath) on
 * loopback ports, each with its own home, all cluster-manager-eligible and holding data. Nodes can be killed with
 * {@code SIGKILL}, as a machine that loses power.
 */
final class LocalCluster implements TestCluster {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> nodes;
    private final List<URI> urls;

    private LocalCluster(List<Process> nodes, List<URI> urls) {
        this.nodes = nodes;
        this.urls = urls;
    }

    /**
     * Starts {@code size} nodes, each with a heap of {@code heap} (such as {@code 512m}), their homes under
     * {@code folder}; returns at once, before they have formed a cluster ({@link #awaitFormed}).
     */
    static LocalCluster start(Path folder, int size, String heap) throws IOException {
        List<Integer> http = freePorts(size);
        List<Integer> transport = freePorts(size);
        String seeds = transport.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        String managers = IntStream.range(0, size).mapToObj(LocalCluster::name).collect(Collectors.joining(","));
        String clusterName = "ocds-test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Process> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Path home = Files.createDirectories(folder.toAbsolutePath().resolve(name(i)));
            nodes.add(new ProcessBuilder(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap,
                    "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                    "-Docds.logs.dir=" + home.resolve("logs"),
                    "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(),
                    "cluster.name=" + clusterName, "node.name=" + name(i),
                    "path.home=" + home, "path.data=" + home.resolve("data"), "path.logs=" + home.resolve("logs"),
                    "network.host=127.0.0.1", "http.port=" + http.get(i), "transport.port=" + transport.get(i),
                    "discovery.seed_hosts=" + seeds, "cluster.initial_cluster_manager_nodes=" + managers,
                    "cluster.routing.allocation.disk.threshold_enabled=false")
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.out").toFile()).start());
        }
        return new LocalCluster(nodes, http.stream().map(port -> URI.create("http://127.0.0.1:" + port)).toList());
    }

    /** Waits until every living node has joined one cluster with an elected manager. */
    LocalCluster awaitFormed(Duration deadline) throws InterruptedException {
        long living = nodes.stream().filter(Process::isAlive).count();
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            for (URI url : livingUrls()) {
                JsonNode health = health(url, "/_cluster/health?wait_for_nodes=" + living + "&timeout=1s");
                if (health.path("number_of_nodes").asInt() == living && !health.path("timed_out").asBoolean()) {
                    return this;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The " + living + " nodes did not form a cluster within " + deadline);
    }

    @Override
    public List<URI> urls() {
        return urls;
    }

    @Override
    public List<URI> livingUrls() {
        return IntStream.range(0, nodes.size()).filter(i -> nodes.get(i).isAlive()).mapToObj(urls::get).toList();
    }

    @Override
    public List<String> nodeNames() {
        return IntStream.range(0, nodes.size()).mapToObj(LocalCluster::name).toList();
    }

    @Override
    public void kill(int i) throws InterruptedException {
        Process node = nodes.get(i);
        node.destroyForcibly();
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("node-" + i + " did not die");
        }
    }

    @Override
    public OptionalInt dead() {
        return IntStream.range(0, nodes.size()).filter(i -> !nodes.get(i).isAlive()).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly();
        }
        for (Process node : nodes) {
            node.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A GET over HTTP; a node that does not answer gives an empty object. */
    static JsonNode health(URI url, String path) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(url.resolve(path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return MAPPER.readTree(answer.body());
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String name(int i) {
        return "node-" + i;
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
}
