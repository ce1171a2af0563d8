package org.ocdsnacional.app;

import com.sun.net.httpserver.HttpServer;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster tests' scenario, whatever runs the cluster ({@link TestCluster}): a publisher of {@code processes}
 * processes (two releases each) on a local port; a clean harvest into one deployment (index prefix) of the cluster;
 * the same harvest into another while a node is killed; the two deployments' indices compared; and the API asked
 * with the first URL's node dead.
 */
final class NodeLossScenario implements AutoCloseable {

    static final String SOURCE = "cluster";

    private final HttpServer publisher;
    private final Path registry;
    private final Path mirror;
    private final Path work;
    private final int processes;

    private NodeLossScenario(HttpServer publisher, Path registry, Path mirror, Path work, int processes) {
        this.publisher = publisher;
        this.registry = registry;
        this.mirror = mirror;
        this.work = work;
        this.processes = processes;
    }

    /**
     * Publishes the source on a local port: on loopback only, unless {@code reachableFromContainers}; the registry
     * names it at 127.0.0.1.
     */
    static NodeLossScenario publish(Path work, Path mirror, int processes, boolean reachableFromContainers)
            throws IOException {
        byte[] body = TestPackages.releasePackage(SOURCE, processes).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer publisher = HttpServer.create(new InetSocketAddress(reachableFromContainers ? "0.0.0.0"
                : "127.0.0.1", 0), 0);
        publisher.createContext("/contrataciones.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        publisher.start();
        NodeLossScenario scenario = new NodeLossScenario(publisher, work.resolve("registry.yaml"), mirror, work,
                processes);
        scenario.registryFor("127.0.0.1");
        return scenario;
    }

    /** A registry naming the publisher at {@code host} (as a container reaches this machine, for instance). */
    Path registryFor(String host) throws IOException {
        String name = host.equals("127.0.0.1") ? "registry.yaml" : "registry-" + host + ".yaml";
        return Files.writeString(work.resolve(name), """
                sources:
                  - id: %s
                    name: Publicador de prueba
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: http://%s:%d/contrataciones.json
                    schedule: "0 0 3 * * ?"
                """.formatted(SOURCE, host, publisher.getAddress().getPort()));
    }

    int port() {
        return publisher.getAddress().getPort();
    }

    Path mirror() {
        return mirror;
    }

    int releases() {
        return 2 * processes;
    }

    /** Harvests the source into deployment {@code prefix}, as one uninterrupted run. */
    HarvestRun harvestClean(String prefix, List<URI> urls) {
        try (Application app = Application.open(config(prefix, urls))) {
            HarvestRun run = app.harvest(SOURCE, RunTrigger.MANUAL, ProgressListener.NONE);
            assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
            return run;
        }
    }

    /**
     * Harvests the source into deployment {@code prefix} and kills the node holding its processes' primary once a
     * third of the releases are read; reruns once if the run did not succeed. Returns the runs.
     */
    List<HarvestRun> harvestKillingANode(String prefix, TestCluster cluster) {
        List<HarvestRun> runs = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        boolean wentOn;
        try (Application app = Application.open(config(prefix, cluster.urls()))) {
            int victim = cluster.primaryOf(prefix + "-processes");
            Optional<HarvestRun> first = attempt(app, run -> {
                if (run.counts().releases() >= releases() / 3 && !killed.getAndSet(true)) {
                    kill(cluster, victim);
                }
            });
            first.ifPresent(runs::add);
            wentOn = first.filter(run -> run.state() == RunState.SUCCEEDED).isPresent();
            if (!wentOn) {
                runs.add(app.harvest(SOURCE, RunTrigger.MANUAL, ProgressListener.NONE));
            }
        }
        assertTrue(killed.get(), "a node was killed during the harvest");
        assertEquals(RunState.SUCCEEDED, runs.getLast().state(), () -> "the harvest, or its rerun, completes: " + runs);
        System.out.println("Node killed mid-harvest; " + (wentOn ? "the harvest went on through the other nodes"
                : "the harvest failed (" + runs + ") and its rerun completed it"));
        return runs;
    }

    /** A harvest; empty when it stopped with an exception (as when OpenSearch stops answering), which is printed. */
    private Optional<HarvestRun> attempt(Application app, ProgressListener progress) {
        try {
            return Optional.of(app.harvest(SOURCE, RunTrigger.MANUAL, progress));
        } catch (RuntimeException e) {
            System.out.println("The harvest stopped: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Both deployments hold every release and process once, identical: no acknowledged write lost. */
    void assertSameIndices(URI living, String clean, String afterKill) {
        IndexSnapshot uninterrupted = IndexSnapshot.of(living, clean);
        IndexSnapshot killed = IndexSnapshot.of(living, afterKill);
        assertEquals(releases(), uninterrupted.releases().size());
        assertEquals(processes, uninterrupted.processes().size());
        assertEquals(releases(), count(living, afterKill + "-releases"), "every release stored once");
        assertEquals(processes, count(living, afterKill + "-processes"), "every process indexed once");
        assertEquals(uninterrupted, killed, "no acknowledged write lost, nothing twice, the same processes");
    }

    /** With the first URL's node dead, the API of deployment {@code prefix} answers through the others. */
    void assertApiAnswersWithADeadNodeFirst(String prefix, TestCluster cluster) throws InterruptedException {
        if (cluster.dead().isEmpty()) {
            cluster.kill(0);
        }
        cluster.awaitPrimaries(Duration.ofMinutes(2));
        List<URI> deadFirst = new ArrayList<>(List.of(cluster.urls().get(cluster.dead().getAsInt())));
        deadFirst.addAll(cluster.livingUrls());
        Map<String, String> serving = new HashMap<>(overrides(prefix, deadFirst));
        serving.put("server.port", "0");
        try (Application app = Application.open(AppConfig.load(Optional.empty(), serving, Map.of())).serve()) {
            GraphQlClient api = new GraphQlClient(app.apiUri().orElseThrow());
            for (int i = 0; i < 5; i++) {
                assertEquals(processes, api.data("{ summary { processCount } }", Map.of())
                        .at("/summary/processCount").asInt(), "answer " + i + " through the living nodes");
            }
            assertEquals("SUCCEEDED", api.data("{ sources { lastRun { state } } }", Map.of())
                    .at("/sources/0/lastRun/state").asText());
        }
    }

    /** A deployment named {@code prefix} on the cluster at {@code urls}, harvesting only when asked. */
    Map<String, String> overrides(String prefix, List<URI> urls) {
        return Map.of(
                "opensearch.urls", urls.stream().map(URI::toString).collect(Collectors.joining(",")),
                "opensearch.index.prefix", prefix,
                "opensearch.startup.wait", "PT3M",
                "registry.path", registry.toString(),
                "schemas.mirror", mirror.toString(),
                "harvest.work-dir", work.resolve("work-" + prefix).toString(),
                "harvest.scheduler", "false");
    }

    static long count(URI openSearch, String index) {
        return LocalCluster.health(openSearch, "/" + index + "/_count").path("count").asLong();
    }

    @Override
    public void close() {
        publisher.stop(0);
    }

    private AppConfig config(String prefix, List<URI> urls) {
        return AppConfig.load(Optional.empty(), overrides(prefix, urls), Map.of());
    }

    private static void kill(TestCluster cluster, int node) {
        try {
            cluster.kill(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
