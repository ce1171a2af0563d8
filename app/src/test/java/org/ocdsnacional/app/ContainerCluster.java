package org.ocdsnacional.app;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real OpenSearch cluster of three containers of the official image (security plugin off, on a network of its
 * own), for a machine with a Docker engine. Nodes are killed with {@code docker kill} (SIGKILL).
 */
final class ContainerCluster implements TestCluster {

    private final Network network;
    private final List<GenericContainer<?>> nodes;
    private final List<URI> urls;
    private final boolean[] dead;

    private ContainerCluster(Network network, List<GenericContainer<?>> nodes) {
        this.network = network;
        this.nodes = nodes;
        this.urls = nodes.stream().map(node -> URI.create("http://" + node.getHost() + ":"
                + node.getMappedPort(9200))).toList();
        this.dead = new boolean[nodes.size()];
    }

    /** Starts {@code size} nodes of {@code image} (e.g. {@code opensearchproject/opensearch:3.9.0}). */
    static ContainerCluster start(String image, int size) {
        Network network = Network.newNetwork();
        String names = IntStream.range(0, size).mapToObj(ContainerCluster::name).collect(Collectors.joining(","));
        List<GenericContainer<?>> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new GenericContainer<>(DockerImageName.parse(image))
                    .withNetwork(network).withNetworkAliases(name(i))
                    .withEnv("cluster.name", "ocds-test").withEnv("node.name", name(i))
                    .withEnv("discovery.seed_hosts", names).withEnv("cluster.initial_cluster_manager_nodes", names)
                    .withEnv("DISABLE_SECURITY_PLUGIN", "true").withEnv("DISABLE_INSTALL_DEMO_CONFIG", "true")
                    .withEnv("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m")
                    .withExposedPorts(9200)
                    .waitingFor(Wait.forHttp("/").forPort(9200).withStartupTimeout(Duration.ofMinutes(3))));
        }
        Startables.deepStart(nodes).join();
        return new ContainerCluster(network, nodes);
    }

    /** The network the nodes are on, for the application's containers to join. */
    Network network() {
        return network;
    }

    /** The nodes' URLs as a container on {@link #network()} reaches them. */
    List<URI> networkUrls() {
        return IntStream.range(0, nodes.size()).mapToObj(i -> URI.create("http://" + name(i) + ":9200")).toList();
    }

    @Override
    public List<URI> urls() {
        return urls;
    }

    @Override
    public List<URI> livingUrls() {
        return IntStream.range(0, nodes.size()).filter(i -> !dead[i]).mapToObj(urls::get).toList();
    }

    @Override
    public List<String> nodeNames() {
        return IntStream.range(0, nodes.size()).mapToObj(ContainerCluster::name).toList();
    }

    @Override
    public void kill(int node) {
        // docker kill: SIGKILL, as a machine that loses power
        DockerClientFactory.instance().client().killContainerCmd(nodes.get(node).getContainerId())
                .withSignal("KILL").exec();
        dead[node] = true;
    }

    @Override
    public OptionalInt dead() {
        return IntStream.range(0, nodes.size()).filter(i -> dead[i]).findFirst();
    }

    @Override
    public void close() {
        nodes.forEach(GenericContainer::stop);
        network.close();
    }

    private static String name(int i) {
        return "os-" + i;
    }
}
