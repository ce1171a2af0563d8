package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an admin does on one instance reaches every instance of the deployment: two instances of the application on
 * one OpenSearch node (reached over HTTP, as an external cluster), an API instance and a harvester, each with its
 * own in-memory schedule and API. A freeze on the API instance stops the harvester's scheduled runs and shows on both
 * APIs; an unfreeze on the harvester shows on the API instance; "run now" on the API instance is harvested by the
 * harvester; a reload on one reloads the other. Each scenario uses its own index prefix (deployment).
 */
class SharedAdminIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String TOKEN = "Zr8xQ2mV5nB7kL0pW3tY6uC9eF1hJ4gA8dS2jK5lP7o";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SOURCE = """
              - id: %s
                name: Fuente compartida %s
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: %s
                schedule: "%s"
            """;

    @TempDir
    static Path work;
    private static SearchCluster node;
    private static LocalPublisher publisher;
    private static final Map<String, SearchCluster> DEPLOYMENTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        node = SearchCluster.open(ClusterConfig.embedded(work.resolve("node"), 0), MAPPER);
        publisher = new LocalPublisher().json("/releases.json", TestPackages.releasePackage("adm", 3).toString());
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

    /**
     * The harvester fires "shared" every second. Frozen on the API instance, its next scheduled run on the harvester is
     * skipped (the harvester reads the decision before each scheduled run, long before its next periodic read) and
     * both APIs show it frozen; made active again on the harvester, the API instance shows it active.
     */
    @Test
    void aFreezeOnTheApiInstanceStopsTheHarvestersScheduledRunsAndShowsOnBothApis() throws Exception {
        String prefix = "freeze";
        Path registry = registry(prefix, "* * * * * ?", "shared");
        Map<String, String> scheduled = Map.of("harvest.scheduler", "true", "harvest.catch-up.enabled", "false");
        try (Application api = Application.open(config(prefix, registry, Map.of())).serve(Role.API);
             Application harvester = Application.open(config(prefix, registry, scheduled)).serve(Role.HARVESTER)) {
            await(() -> finishedRuns(prefix) >= 1, "the schedule harvests");

            JsonNode change = admin(api).data("mutation { setSourceStatus(source: \"shared\", status: FROZEN) "
                    + "{ previous status } }", Map.of()).path("setSourceStatus");
            assertEquals("ACTIVE", change.path("previous").asText(), change::toString);
            assertEquals("frozen", status(api, "shared"), "the instance that froze it");
            await(() -> runs(prefix).running().isEmpty(), "the run in progress ends");
            long before = finishedRuns(prefix);
            Thread.sleep(Duration.ofSeconds(4));
            assertEquals(before, finishedRuns(prefix), "no scheduled run of a frozen source, on any instance");
            assertEquals("frozen", status(harvester, "shared"), "the other instance's API");
            assertTrue(harvester.registry().active().isEmpty());

            admin(harvester).data("mutation { setSourceStatus(source: \"shared\", status: ACTIVE) { status } }",
                    Map.of());
            await(() -> status(api, "shared").equals("active"), "the API instance sees it active again");
            await(() -> finishedRuns(prefix) > before, "the schedule harvests it again");
        }
    }

    /** "Run now" on an API instance with no shared schedule is refused while no harvester runs, then harvested by one. */
    @Test
    void runNowOnTheApiInstanceIsHarvestedByTheHarvester() throws Exception {
        String prefix = "run-now";
        Path registry = registry(prefix, "0 0 3 * * ?", "shared");
        try (Application api = Application.open(config(prefix, registry, Map.of())).serve(Role.API)) {
            JsonNode refused = admin(api).post("mutation { runSourceNow(source: \"shared\") { state } }", Map.of());
            assertEquals("NOT_HARVESTING", refused.at("/errors/0/extensions/code").asText(), refused.toString());
            try (Application harvester = Application.open(config(prefix, registry, Map.of())).serve(Role.HARVESTER)) {
                await(() -> admin(api).post("mutation { runSourceNow(source: \"shared\") { state } }", Map.of())
                        .at("/data/runSourceNow/state").asText().equals("ACCEPTED"), "a harvester is seen alive");
                await(() -> finishedRuns(prefix) == 1, "the harvester harvests it");
                HarvestRun run = runs(prefix).page("shared", 10, Optional.empty()).entries().getFirst().run();
                assertEquals(RunTrigger.MANUAL, run.trigger());
                assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
                assertEquals("SUCCEEDED", new GraphQlClient(api.apiUri().orElseThrow()).data(
                        "{ sources { lastRun { state } } }", Map.of()).at("/sources/0/lastRun/state").asText());
                assertTrue(harvester.apiUri().isPresent());
            }
        }
    }

    /** A reload asked on one instance reloads the file on the other, and ends the statuses an admin gave. */
    @Test
    void aReloadOnOneInstanceReloadsTheOtherAndEndsTheAdminsStatuses() throws Exception {
        String prefix = "reload";
        Path registry = registry(prefix, "0 0 3 * * ?", "shared");
        try (Application api = Application.open(config(prefix, registry, Map.of())).serve(Role.API);
             Application harvester = Application.open(config(prefix, registry, Map.of())).serve(Role.HARVESTER)) {
            admin(harvester).data("mutation { setSourceStatus(source: \"shared\", status: RETIRED) { status } }",
                    Map.of());
            await(() -> status(api, "shared").equals("retired"), "the API instance sees it retired");

            registry(prefix, "0 0 3 * * ?", "shared", "added");
            JsonNode reload = admin(harvester).data("mutation { reloadRegistry { sources active } }", Map.of());
            assertEquals(2, reload.at("/reloadRegistry/active").asInt(), reload.toString());
            await(() -> sourceIds(api).equals(List.of("shared", "added")), "the API instance reloads the file");
            assertEquals("active", status(api, "shared"), "the file's status is in force again");
        }
        try (Application restarted = Application.open(config(prefix, registry, Map.of()))) {
            assertEquals(2, restarted.registry().active().size(), "nothing left of the admin's statuses");
        }
    }

    /** A restarted instance keeps the statuses an admin gave, until the file gives the source another status. */
    @Test
    void theAdminsStatusOutlivesARestartUntilTheFileChangesIt() throws Exception {
        String prefix = "restart";
        Path registry = registry(prefix, "0 0 3 * * ?", "shared");
        try (Application api = Application.open(config(prefix, registry, Map.of())).serve(Role.API)) {
            admin(api).data("mutation { setSourceStatus(source: \"shared\", status: FROZEN) { status } }", Map.of());
        }
        try (Application restarted = Application.open(config(prefix, registry, Map.of()))) {
            assertEquals("FROZEN", restarted.registry().find("shared").orElseThrow().status().name());
        }
        Files.writeString(registry, Files.readString(registry).replace("status: active", "status: retired"));
        try (Application edited = Application.open(config(prefix, registry, Map.of()))) {
            assertEquals("RETIRED", edited.registry().find("shared").orElseThrow().status().name(),
                    "the file was edited since the admin froze it: the file's status holds");
        }
    }

    /**
     * API instances given one {@code api.cursors.secret} accept each other's cursors (a page asked of one, the next of
     * the other, as behind a load balancer); one with another secret refuses them; and an instance of several started
     * without a secret says so.
     */
    @Test
    void apiInstancesWithOneSecretAcceptEachOthersCursorsAndOneWithoutSaysSoAtStart() throws Exception {
        String prefix = "cursors";
        Path registry = registry(prefix, "0 0 3 * * ?", "shared");
        try (Application indexing = Application.open(config(prefix, registry, Map.of()))) {
            assertEquals(RunState.SUCCEEDED, indexing.harvest("shared", RunTrigger.COMMAND_LINE, run -> { }).state());
        }
        Map<String, String> shared = Map.of("api.cursors.secret", "one-secret-for-every-api-instance-0123456789");
        Map<String, String> other = Map.of("api.cursors.secret", "another-secret-of-another-deployment-98765");
        String page = "query($after: String) { processes(first: 1, after: $after) { edges { node { ocid } } "
                + "pageInfo { endCursor } } }";
        try (Application first = Application.open(config(prefix, registry, shared)).serve(Role.API);
             Application second = Application.open(config(prefix, registry, shared)).serve(Role.API);
             Application stranger = Application.open(config(prefix, registry, other)).serve(Role.API)) {
            assertEquals(List.of(), first.startWarnings(), "a secret is set");
            GraphQlClient one = new GraphQlClient(first.apiUri().orElseThrow());
            JsonNode firstPage = one.data(page, Map.of()).path("processes");
            String cursor = firstPage.at("/pageInfo/endCursor").asText();
            JsonNode nextHere = one.data(page, Map.of("after", cursor)).path("processes");
            JsonNode nextThere = new GraphQlClient(second.apiUri().orElseThrow()).data(page, Map.of("after", cursor))
                    .path("processes");
            assertEquals(nextHere.path("edges"), nextThere.path("edges"), "the same next page on either instance");
            assertTrue(!nextThere.path("edges").isEmpty()
                    && !nextThere.path("edges").equals(firstPage.path("edges")), nextThere::toString);
            JsonNode refused = new GraphQlClient(stranger.apiUri().orElseThrow()).post(page, Map.of("after", cursor));
            assertTrue(refused.has("errors"), "another deployment's cursor is refused: " + refused);
        }
        try (LogCapture log = LogCapture.capture();
             Application alone = Application.open(config(prefix, registry, Map.of())).serve(Role.API)) {
            assertEquals(1, alone.startWarnings().size(), alone.startWarnings()::toString);
            assertTrue(log.text().contains("api.cursors.secret no está configurado"), log::text);
            assertTrue(log.text().contains("API_CURSORS_SECRET"), log::text);
        }
    }

    private static Path registry(String prefix, String schedule, String... ids) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (String id : ids) {
            yaml.append(SOURCE.formatted(id, id, publisher.url("/releases.json"), schedule));
        }
        return Files.writeString(work.resolve("registry-" + prefix + ".yaml"), yaml);
    }

    private static GraphQlClient admin(Application instance) {
        return new GraphQlClient(instance.apiUri().orElseThrow()).withToken(TOKEN);
    }

    private static String status(Application instance, String sourceId) {
        for (JsonNode source : new GraphQlClient(instance.apiUri().orElseThrow()).data("{ sources { id status } }",
                Map.of()).path("sources")) {
            if (source.path("id").asText().equals(sourceId)) {
                return source.path("status").asText();
            }
        }
        throw new AssertionError("no source " + sourceId);
    }

    private static List<String> sourceIds(Application instance) {
        return new GraphQlClient(instance.apiUri().orElseThrow()).data("{ sources { id } }", Map.of())
                .path("sources").findValuesAsText("id");
    }

    private static long finishedRuns(String prefix) {
        return runs(prefix).page("shared", 100, Optional.empty()).entries().stream()
                .filter(entry -> entry.run().state() != RunState.RUNNING).count();
    }

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + PATIENCE + ": " + what);
    }

    private static RunStore runs(String prefix) {
        return RunStore.create(DEPLOYMENTS.computeIfAbsent(prefix, name -> SearchCluster.open(new ClusterConfig(
                node.uris(), work.resolve("unused"), OptionalInt.empty(), Optional.empty(), Optional.empty(), name,
                Duration.ofSeconds(30)), MAPPER)), MAPPER);
    }

    private static AppConfig config(String prefix, Path registry, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "opensearch.urls", node.uris().getFirst().toString(),
                "opensearch.index.prefix", prefix,
                "registry.path", registry.toString(),
                "registry.reload-interval", "PT1H",
                "schemas.mirror", SharedFixtures.root().resolve("ocds-mirror").toString(),
                "harvest.work-dir", work.resolve("work-" + prefix).toString(),
                "harvest.scheduler", "false",
                "admin.token", TOKEN,
                "server.port", "0"));
        overrides.putAll(more);
        return AppConfig.load(Optional.empty(), overrides, Map.of());
    }
}
