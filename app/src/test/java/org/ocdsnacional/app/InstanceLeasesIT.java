package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.lease.SourceLeases;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several instances of the application on one OpenSearch node (reached over HTTP, as an external cluster): an
 * instance that starts leaves another's live run alone, a run whose lease is held elsewhere is refused, and the run
 * of an instance that died is taken over by exactly one of the harvesting instances, ending as a clean run ends.
 * Each scenario uses its own index prefix (deployment).
 */
class InstanceLeasesIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final int PROCESSES = 40;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;
    private static SearchCluster node;
    private static LocalPublisher publisher;
    private static Path registry;
    private static final Map<String, SearchCluster> DEPLOYMENTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        node = SearchCluster.open(ClusterConfig.embedded(work.resolve("node"), 0), MAPPER);
        publisher = new LocalPublisher().json("/releases.json",
                TestPackages.releasePackage("inst", PROCESSES).toString());
        registry = Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: shared
                    name: Publicador compartido
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: %s
                    schedule: "0 0 3 * * ?"
                """.formatted(publisher.url("/releases.json")));
    }

    @AfterAll
    static void stop() {
        DEPLOYMENTS.values().forEach(SearchCluster::close);
        if (publisher != null) {
            publisher.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void anInstanceThatStartsLeavesAnotherInstancesLiveRunAloneAndWillNotRunItTwice() {
        String prefix = "live";
        HarvestRun live = liveRunElsewhere(prefix, Duration.ofMinutes(10));
        try (Application second = Application.open(config(prefix, Map.of()))) {
            assertEquals(RunState.RUNNING, runs(prefix).find(live.runId()).orElseThrow().state(),
                    "the other instance's run goes on");
            ConfigurationException refused = assertThrows(ConfigurationException.class,
                    () -> second.harvest("shared", RunTrigger.COMMAND_LINE, run -> { }));
            assertTrue(refused.getMessage().contains("elsewhere-instance"), refused::getMessage);
        }
        assertEquals(1, runs(prefix).page("shared", 10, Optional.empty()).entries().size(), "no second run");
    }

    @Test
    void theRunOfAnInstanceThatDiedIsTakenOverByExactlyOneHarvesterAndEndsAsACleanRun() throws Exception {
        String prefix = "dead";
        HarvestRun dead = liveRunElsewhere(prefix, Duration.ofSeconds(2));
        Map<String, String> fast = Map.of("harvest.lease.time-to-live", "PT2S");
        try (Application api = Application.open(config(prefix, fast)).serve(Role.API);
             Application first = Application.open(config(prefix, fast)).serve(Role.HARVESTER);
             Application second = Application.open(config(prefix, fast)).serve(Role.HARVESTER)) {
            HarvestRun rerun = awaitRerun(prefix, dead, Duration.ofSeconds(90));
            assertEquals(RunState.SUCCEEDED, rerun.state(), rerun::toString);
            assertEquals(dead.trigger(), rerun.trigger(), "the rerun keeps the dead run's trigger");
            Thread.sleep(Duration.ofSeconds(4));
            String series = "ocds_harvest_runs_seconds_count{outcome=\"succeeded\",source=\"shared\"}";
            assertEquals(1.0, sample(scrape(first), series) + sample(scrape(second), series),
                    "one run, counted by the harvester that ran it");
            assertEquals(0.0, sample(scrape(api), series), "nothing harvested by the API instance");
            assertTrue(scrape(api).contains("jvm_memory_used_bytes{"), "the JVM's meters");
            for (Application instance : List.of(api, first, second)) {
                assertEquals(200, status(instance, "/health/ready"));
                assertEquals(200, status(instance, "/health/live"));
            }
        }
        List<HarvestRun> all = runs(prefix).page("shared", 10, Optional.empty()).entries().stream()
                .map(entry -> entry.run()).toList();
        assertEquals(2, all.size(), "the dead run and one rerun, by one of the two harvesters: " + all);
        HarvestRun ended = runs(prefix).find(dead.runId()).orElseThrow();
        assertEquals(RunState.FAILED, ended.state());
        assertTrue(ended.error().orElseThrow().reason().contains("interrump"), ended::toString);

        String clean = "clean";
        try (Application alone = Application.open(config(clean, Map.of()))) {
            assertEquals(RunState.SUCCEEDED, alone.harvest("shared", RunTrigger.COMMAND_LINE, run -> { }).state());
        }
        IndexSnapshot uninterrupted = IndexSnapshot.of(node.uris().getFirst(), clean);
        assertEquals(PROCESSES, uninterrupted.processes().size());
        assertEquals(uninterrupted, IndexSnapshot.of(node.uris().getFirst(), prefix));
    }

    @Test
    void anApiInstanceRunsNoHarvest() throws Exception {
        String prefix = "api";
        HarvestRun dead = liveRunElsewhere(prefix, Duration.ofSeconds(1));
        try (Application api = Application.open(config(prefix, Map.of("harvest.lease.time-to-live", "PT1S")))
                .serve(Role.API)) {
            assertEquals(List.of(), api.catchUpRuns());
            Thread.sleep(Duration.ofSeconds(3));
            assertEquals(RunState.RUNNING, runs(prefix).find(dead.runId()).orElseThrow().state(),
                    "an API instance takes nothing over");
        }
    }

    private static String scrape(Application instance) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(instance.apiUri().orElseThrow().resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int status(Application instance, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(instance.apiUri().orElseThrow().resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The value of one sample of the Prometheus text, 0 when absent. */
    private static double sample(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }

    /** Sets a deployment up with a run of "shared" going on in another instance, whose lease lasts {@code ttl}. */
    private static HarvestRun liveRunElsewhere(String prefix, Duration ttl) {
        try (Application setUp = Application.open(config(prefix, Map.of()))) {
            assertTrue(setUp.registry().find("shared").isPresent());
        }
        SearchCluster deployment = deployment(prefix);
        SourceLeases.create(deployment, MAPPER, "elsewhere-instance", ttl, Clock.systemUTC()).acquire("shared")
                .orElseThrow();
        HarvestRun running = HarvestRun.start("shared-elsewhere", "shared", RunTrigger.SCHEDULE,
                Instant.now().minusSeconds(5));
        RunStore.create(deployment, MAPPER).save(running);
        return running;
    }

    private static HarvestRun awaitRerun(String prefix, HarvestRun dead, Duration deadline)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            Optional<HarvestRun> rerun = runs(prefix).page("shared", 10, Optional.empty()).entries().stream()
                    .map(entry -> entry.run())
                    .filter(run -> !run.runId().equals(dead.runId()) && run.state() != RunState.RUNNING)
                    .findFirst();
            if (rerun.isPresent()) {
                return rerun.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no instance took the dead run over within " + deadline);
    }

    private static RunStore runs(String prefix) {
        return RunStore.create(deployment(prefix), MAPPER);
    }

    /** The test's node, seen as the deployment with index prefix {@code prefix}. */
    private static SearchCluster deployment(String prefix) {
        return DEPLOYMENTS.computeIfAbsent(prefix, name -> SearchCluster.open(new ClusterConfig(node.uris(),
                work.resolve("unused"), OptionalInt.empty(), Optional.empty(), Optional.empty(), name,
                Duration.ofSeconds(30)), MAPPER));
    }

    private static AppConfig config(String prefix, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "opensearch.urls", node.uris().getFirst().toString(),
                "opensearch.index.prefix", prefix,
                "registry.path", registry.toString(),
                "schemas.mirror", SharedFixtures.root().resolve("ocds-mirror").toString(),
                "harvest.work-dir", work.resolve("work-" + prefix).toString(),
                "harvest.scheduler", "false",
                "server.port", "0"));
        overrides.putAll(more);
        return AppConfig.load(Optional.empty(), overrides, Map.of());
    }
}
