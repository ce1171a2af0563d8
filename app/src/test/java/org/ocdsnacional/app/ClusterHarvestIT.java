package org.ocdsnacional.app;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application against a real 3-node OpenSearch cluster on this machine (three JVMs, {@link LocalCluster}), as
 * an external cluster given by several URLs. Start-up waits for the cluster (the application starts before the
 * nodes do); a node killed with {@code SIGKILL} in the middle of a harvest costs nothing (the harvest goes on
 * through the other nodes, or its rerun completes it), compared with a clean run of the same source in another
 * deployment (index prefix) of the same cluster; and with the first URL's node dead, the API still answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterHarvestIT {

    private static final int PROCESSES = 600;
    private static final int RELEASES = 2 * PROCESSES;
    private static final String HEAP = "512m";

    @TempDir
    static Path work;
    private static HttpServer publisher;
    private static Path registry;
    private static Path mirror;
    private static LocalCluster cluster;
    private static HarvestRun cleanRun;

    @BeforeAll
    static void startClusterAndHarvestOnce() throws Exception {
        mirror = SharedFixtures.root().resolve("ocds-mirror");
        registry = publish();
        cluster = LocalCluster.start(work.resolve("cluster"), 3, HEAP);
        // the application starts as the nodes do: it waits for the cluster ("esperando al clúster…")
        try (Application clean = Application.open(config("clean", cluster.urls()))) {
            cleanRun = clean.harvest("cluster", RunTrigger.MANUAL, ProgressListener.NONE);
        }
        assertEquals(RunState.SUCCEEDED, cleanRun.state(), cleanRun::toString);
        cluster.awaitFormed(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
        if (publisher != null) {
            publisher.stop(0);
        }
    }

    @Test
    @Order(1)
    void aNodeKilledMidHarvestLosesNoAcknowledgedWrite() throws Exception {
        List<HarvestRun> runs = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        try (Application app = Application.open(config("killed", cluster.urls()))) {
            int victim = cluster.primaryOf("killed-processes");
            runs.add(app.harvest("cluster", RunTrigger.MANUAL, run -> {
                if (run.counts().releases() >= RELEASES / 3 && !killed.getAndSet(true)) {
                    kill(victim);
                }
            }));
            if (runs.getFirst().state() != RunState.SUCCEEDED) {
                runs.add(app.harvest("cluster", RunTrigger.MANUAL, ProgressListener.NONE));
            }
        }
        assertTrue(killed.get(), "a node was killed during the harvest");
        assertEquals(RunState.SUCCEEDED, runs.getLast().state(), () -> "the harvest, or its rerun, completes: " + runs);
        System.out.println("ClusterHarvestIT: node killed mid-harvest; " + (runs.size() == 1
                ? "the harvest went on through the other nodes" : "the harvest failed (" + runs.getFirst().error()
                + ") and its rerun completed it"));

        URI living = cluster.livingUrls().getFirst();
        IndexSnapshot uninterrupted = IndexSnapshot.of(living, "clean");
        IndexSnapshot afterKill = IndexSnapshot.of(living, "killed");
        assertEquals(RELEASES, uninterrupted.releases().size());
        assertEquals(PROCESSES, uninterrupted.processes().size());
        assertEquals(RELEASES, count(living, "killed-releases"), "every release stored once");
        assertEquals(PROCESSES, count(living, "killed-processes"), "every process indexed once");
        assertEquals(uninterrupted, afterKill, "no acknowledged write lost, nothing twice, the same processes");
    }

    @Test
    @Order(2)
    void withTheFirstUrlsNodeDeadTheApiStillAnswers() throws Exception {
        if (cluster.dead().isEmpty()) {
            cluster.kill(0);
        }
        int dead = cluster.dead().getAsInt();
        List<URI> deadFirst = new ArrayList<>(List.of(cluster.urls().get(dead)));
        deadFirst.addAll(cluster.livingUrls());
        Map<String, String> serving = new HashMap<>(overrides("clean", deadFirst));
        serving.put("server.port", "0");
        try (Application app = Application.open(AppConfig.load(Optional.empty(), serving, Map.of())).serve()) {
            GraphQlClient api = new GraphQlClient(app.apiUri().orElseThrow());
            for (int i = 0; i < 5; i++) {
                assertEquals(PROCESSES, api.data("{ summary { processCount } }", Map.of())
                        .at("/summary/processCount").asInt(), "answer " + i + " through the living nodes");
            }
            assertEquals("SUCCEEDED", api.data("{ sources { lastRun { state } } }", Map.of())
                    .at("/sources/0/lastRun/state").asText());
        }
    }

    private static void kill(int node) {
        try {
            cluster.kill(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static long count(URI openSearch, String index) {
        return LocalCluster.health(openSearch, "/" + index + "/_count").path("count").asLong();
    }

    private static AppConfig config(String prefix, List<URI> urls) {
        return AppConfig.load(Optional.empty(), overrides(prefix, urls), Map.of());
    }

    /** A deployment named {@code prefix} on the cluster at {@code urls}, harvesting only when asked. */
    private static Map<String, String> overrides(String prefix, List<URI> urls) {
        return Map.of(
                "opensearch.urls", urls.stream().map(URI::toString).collect(Collectors.joining(",")),
                "opensearch.index.prefix", prefix,
                "opensearch.startup.wait", "PT3M",
                "registry.path", registry.toString(),
                "schemas.mirror", mirror.toString(),
                "harvest.work-dir", work.resolve("work-" + prefix).toString(),
                "harvest.scheduler", "false");
    }

    private static Path publish() throws IOException {
        byte[] body = TestPackages.releasePackage("cluster", PROCESSES).toString().getBytes(StandardCharsets.UTF_8);
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/contrataciones.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        publisher.start();
        return Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: cluster
                    name: Publicador de prueba
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:%d/contrataciones.json
                    schedule: "0 0 3 * * ?"
                """.formatted(publisher.getAddress().getPort()));
    }
}
