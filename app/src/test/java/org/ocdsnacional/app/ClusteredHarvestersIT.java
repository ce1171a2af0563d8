package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.lease.LeaseHolder;
import org.ocdsnacional.indexer.lease.SourceLeases;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two harvester instances in two JVMs (the real {@code serve --role harvester}), sharing one OpenSearch node (in this
 * JVM, over HTTP) and Quartz's clustered job store on a real PostgreSQL: every scheduled run of a source happens
 * once, the catch-up of a never-harvested source happens once, and {@code kill -9} of the instance harvesting it
 * makes the other one harvest it again, the index ending as after one uninterrupted run.
 */
class ClusteredHarvestersIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String PREFIX = "clustered";
    private static final int SLOW_PROCESSES = 600;
    private static final int TICK_SECONDS = 15;
    private static final Map<String, String> CREDENTIALS = Map.of("SCHEDULER_JDBC_USERNAME", LocalPostgres.USER,
            "SCHEDULER_JDBC_PASSWORD", "unused-with-trust-authentication");

    private static Path work;
    private static LocalPostgres postgres;
    private static SearchCluster node;
    private static SearchCluster deployment;
    private static HttpServer publisher;
    private static Path registry;
    private static final List<Process> instances = new ArrayList<>();
    /** Closed, the second page of "slow" is held back (its first page indexed, the run waiting) until opened. */
    private static final AtomicBoolean GATE = new AtomicBoolean(false);

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("ocds-clustered-");
        postgres = LocalPostgres.start();
        node = SearchCluster.open(ClusterConfig.embedded(work.resolve("node"), 0), MAPPER);
        deployment = SearchCluster.open(new ClusterConfig(node.uris(), work.resolve("unused"), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), PREFIX, Duration.ofSeconds(30)), MAPPER);
        publisher = publisher();
        registry = Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: tick
                    name: Publicador frecuente
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:%1$d/tick.json
                    schedule: "0/%2$d * * * * ?"
                  - id: slow
                    name: Publicador lento
                    state: MX-CMX
                    level: state
                    kind: state-agency
                    status: active
                    protocol: links-next
                    parameters:
                      url: http://127.0.0.1:%1$d/slow-1.json
                    schedule: "0 0 3 1 1 ?"
                """.formatted(publisher.getAddress().getPort(), TICK_SECONDS));
    }

    @AfterAll
    static void stop() throws IOException {
        instances.forEach(Process::destroyForcibly);
        for (Process instance : instances) {
            try {
                instance.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (publisher != null) {
            publisher.stop(0);
        }
        if (deployment != null) {
            deployment.close();
        }
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (work != null) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void eachRunHappensOnceAndAKilledHarvestIsFinishedByTheOtherInstance() throws Exception {
        // The index set up, and "tick" harvested just now: only "slow" is overdue at start-up.
        try (Application setUp = Application.open(AppConfig.load(Optional.empty(), overrides(PREFIX), CREDENTIALS))) {
            HarvestRun tick = setUp.harvest("tick", RunTrigger.COMMAND_LINE, run -> { });
            assertEquals(RunState.SUCCEEDED, tick.state(), tick::toString);
        }
        Instant started = Instant.now();
        System.out.println(started + " starting two harvesters");
        instances.add(harvester("first"));
        instances.add(harvester("second"));

        HarvestRun slow = await("the catch-up run of slow has written releases", Duration.ofMinutes(4),
                () -> running("slow").filter(run -> count("slow") > 0));
        await("both instances checked in to the shared schedule", Duration.ofMinutes(3),
                () -> schedulerInstances() == 2 ? Optional.of(true) : Optional.empty());
        LeaseHolder holder = SourceLeases.create(deployment, MAPPER, "test", Duration.ofMinutes(1), Clock.systemUTC())
                .holder("slow").orElseThrow();
        Process harvesting = instances.stream().filter(p -> holder.owner().contains("-" + p.pid() + "-"))
                .findFirst().orElseThrow(() -> new AssertionError("no child holds the lease: " + holder));
        harvesting.destroyForcibly();
        assertTrue(harvesting.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, harvesting.exitValue(), "killed with SIGKILL");
        GATE.set(true);

        HarvestRun rerun = await("the other instance harvests slow again", Duration.ofMinutes(3),
                () -> runs("slow").stream().filter(run -> !run.runId().equals(slow.runId())
                        && run.state() != RunState.RUNNING).findFirst());
        assertEquals(RunState.SUCCEEDED, rerun.state(), () -> rerun + "\n" + logs());
        assertEquals(RunState.FAILED, runs("slow").stream().filter(run -> run.runId().equals(slow.runId()))
                .findFirst().orElseThrow().state(), "the killed run is marked interrupted");
        assertEquals(2, runs("slow").size(), "the catch-up run, once, and its one rerun: " + runs("slow"));
        List<HarvestRun> ticks = await("tick ran on its schedule twice", Duration.ofMinutes(2),
                () -> Optional.of(scheduledTicks(started)).filter(runs -> runs.size() >= 2));
        assertOncePerScheduledTime(ticks, started, Instant.now());

        IndexSnapshot afterKill = IndexSnapshot.of(node.uris().getFirst(), PREFIX);
        instances.forEach(Process::destroyForcibly);
        IndexSnapshot uninterrupted = cleanRuns();
        assertEquals(SLOW_PROCESSES + 20, uninterrupted.processes().size());
        assertEquals(uninterrupted, afterKill,
                "no loss, no duplicates, the same compiled processes");
    }

    /**
     * What one uninterrupted run of each source makes, in another deployment (index prefix) of the same node.
     */
    private static IndexSnapshot cleanRuns() {
        try (Application clean = Application.open(AppConfig.load(Optional.empty(), overrides("clean"), Map.of()))) {
            assertEquals(RunState.SUCCEEDED, clean.harvest("tick", RunTrigger.COMMAND_LINE, run -> { }).state());
            assertEquals(RunState.SUCCEEDED, clean.harvest("slow", RunTrigger.COMMAND_LINE, run -> { }).state());
        }
        return IndexSnapshot.of(node.uris().getFirst(), "clean");
    }

    /**
     * Never more runs than scheduled times between {@code started} and {@code checked}, and never two at once. A run
     * is not grouped with its scheduled time by when it started: on a loaded machine a run waits for the one before
     * it (one run of a source at a time) and the run of the next scheduled time can start within the same period.
     */
    private static void assertOncePerScheduledTime(List<HarvestRun> ticks, Instant started, Instant checked) {
        long scheduledTimes = checked.getEpochSecond() / TICK_SECONDS
                - (started.getEpochSecond() + TICK_SECONDS - 1) / TICK_SECONDS + 1;
        assertTrue(ticks.size() <= scheduledTimes, () -> ticks.size() + " runs for " + scheduledTimes
                + " scheduled times between " + started + " and " + checked + ": " + ticks);
        List<HarvestRun> inOrder = ticks.stream().sorted(Comparator.comparing(HarvestRun::startedAt)).toList();
        for (int i = 1; i < inOrder.size(); i++) {
            HarvestRun before = inOrder.get(i - 1);
            HarvestRun after = inOrder.get(i);
            assertTrue(!before.finishedAt().orElseThrow().isAfter(after.startedAt()),
                    () -> "two runs at once: " + before + " and " + after);
        }
    }

    /**
     * The runs of "tick" its schedule fired since {@code started} and that ended by themselves: a run killed with its
     * instance is marked interrupted and finished by the run that takes it over (same trigger), not a second fire.
     */
    private static List<HarvestRun> scheduledTicks(Instant started) {
        return runs("tick").stream().filter(run -> run.trigger() == RunTrigger.SCHEDULE)
                .filter(run -> run.startedAt().isAfter(started) && run.state() != RunState.RUNNING)
                .filter(run -> !interrupted(run)).toList();
    }

    private static boolean interrupted(HarvestRun run) {
        return run.state() == RunState.FAILED
                && run.error().map(error -> error.reason().contains("interrupted")).orElse(false);
    }

    /** Harvest runs of a source, newest first. */
    private static List<HarvestRun> runs(String sourceId) {
        return RunStore.create(deployment, MAPPER).page(sourceId, 100, Optional.empty()).entries().stream()
                .map(entry -> entry.run()).toList();
    }

    private static Optional<HarvestRun> running(String sourceId) {
        return runs(sourceId).stream().filter(run -> run.state() == RunState.RUNNING).findFirst();
    }

    /** Releases of a source in the index now. */
    private static long count(String sourceId) {
        deployment.send("POST", "/" + PREFIX + "-releases/_refresh", null);
        ObjectNodeQuery query = new ObjectNodeQuery(sourceId);
        return deployment.send("POST", "/" + PREFIX + "-releases/_count", query.json()).path("count").asLong();
    }

    /** {@code {"query": {"term": {"sourceId": …}}}}. */
    private record ObjectNodeQuery(String sourceId) {
        JsonNode json() {
            var query = MAPPER.createObjectNode();
            query.putObject("query").putObject("term").put("sourceId", sourceId);
            return query;
        }
    }

    /** How many scheduler instances are checked in to Quartz's tables now. */
    private static int schedulerInstances() {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "unused");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM qrtz_scheduler_state")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private static <T> T await(String what, Duration deadline, Supplier<Optional<T>> check)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                System.out.println(Instant.now() + " " + what);
                return value.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + deadline + ": " + what + "\n" + logs());
    }

    /** {@code serve --role harvester} in a child JVM, its output in {@code <name>.out}. */
    private static Process harvester(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--role", "harvester", "--port", "0"));
        overrides(PREFIX).forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
        command.addAll(List.of("--set", "harvest.work-dir=" + work.resolve("work-" + name)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".out").toFile());
        builder.environment().putAll(CREDENTIALS);
        return builder.start();
    }

    private static Map<String, String> overrides(String prefix) {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("opensearch.urls", node.uris().getFirst().toString());
        overrides.put("opensearch.index.prefix", prefix);
        overrides.put("registry.path", registry.toString());
        overrides.put("schemas.mirror", SharedFixtures.root().resolve("ocds-mirror").toString());
        overrides.put("harvest.work-dir", work.resolve("work-" + prefix).toString());
        overrides.put("harvest.catch-up.delay", "PT2S");
        overrides.put("harvest.catch-up.interval", "PT2S");
        overrides.put("harvest.lease.time-to-live", "PT4S");
        if (prefix.equals(PREFIX)) {
            overrides.put("scheduler.jdbc.url", postgres.jdbcUrl());
        }
        return overrides;
    }

    private static String logs() {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("first", "second", "logs/ocds-nacional.log")) {
            try {
                String text = Files.readString(work.resolve(name.contains("/") ? name : name + ".out"));
                logs.append("--- ").append(name).append(" ---\n").append(text, Math.max(0, text.length() - 6000),
                        text.length()).append('\n');
            } catch (IOException e) {
                logs.append(name).append(": ").append(e).append('\n');
            }
        }
        return logs.toString();
    }

    /**
     * "tick": 20 processes in one package; "slow": 600 processes (1,200 releases) in two pages chained by
     * {@code links.next}, the second held back until the test opens {@link #GATE}: the first page's releases are
     * indexed (a batch is 500) while the run waits for the second.
     */
    private static List<byte[]> slowPages(int port) {
        ObjectNode whole = TestPackages.releasePackage("slow", SLOW_PROCESSES);
        ArrayNode releases = (ArrayNode) whole.get("releases");
        List<byte[]> pages = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            ObjectNode body = whole.deepCopy();
            ArrayNode half = body.putArray("releases");
            for (int i = page * releases.size() / 2; i < (page + 1) * releases.size() / 2; i++) {
                half.add(releases.get(i));
            }
            if (page == 0) {
                body.putObject("links").put("next", "http://127.0.0.1:" + port + "/slow-2.json");
            }
            pages.add(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } catch (IOException clientGone) {
            // the killed instance's connection
        }
    }

    private static HttpServer publisher() throws IOException {
        byte[] tick = TestPackages.releasePackage("tick", 20).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<byte[]> pages = slowPages(server.getAddress().getPort());
        server.createContext("/tick.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, tick.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(tick);
            }
        });
        server.createContext("/slow-1.json", exchange -> send(exchange, pages.get(0)));
        server.createContext("/slow-2.json", exchange -> {
            try {
                while (!GATE.get()) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, pages.get(1));
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server;
    }
}
