package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.api.LoopbackClient.Reply;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.api.limits.ResponseWeight;
import org.ocdsnacional.api.web.HealthCheck;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.PagingConfig;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each attack on the API of the adversarial review (issue 13), replayed over HTTP against a real server on loopback
 * and a real embedded OpenSearch node: the refusal, and the server's health during the attack and after it
 * ({@code /health} answers UP, and another client, from another address, is answered meanwhile). Every attack comes
 * from an address of its own (127.0.0.3 and up), so that one attack's budget does not decide another's outcome; the
 * bystander asks from 127.0.0.2. docs/SECURITY.md lists the defences and the test of each.
 */
class SecurityIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final long MAX_RESPONSE = 1024 * 1024;
    /** OpenSearch's own limit of open points in time, lowered so that exhausting it takes few requests. */
    private static final int NODE_POINTS_IN_TIME = 20;
    private static final String BIG = "ocds-test01-BIG";
    private static final int BIG_RELEASES = 6;
    private static final int PROCESSES = 9;
    private static final String TOKEN = "Zq8vB2xN7mK4pL0wR9tY3uC6eF1gH5jA8dS2kQ7lP0o";
    private static final String ADMIN_APP = "https://admin.example.org";
    private static final FakeAdmin ADMIN = FakeAdmin.idle();

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ApiServer server;
    private static LoopbackClient bystander;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        Map<String, SourceDescriptor> sources = new HashMap<>();
        KnownProcesses.SOURCES.forEach(source -> sources.put(source.id(), source));
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> Optional.ofNullable(sources.get(id)), Clock.systemUTC());
        List<HarvestedRelease> releases = new ArrayList<>(KnownProcesses.releases());
        releases.addAll(heavyProcess());
        indexer.index(releases);
        indexer.refresh();
        ObjectNode settings = MAPPER.createObjectNode();
        settings.putObject("persistent").put("search.max_open_pit_context", NODE_POINTS_IN_TIME);
        cluster.send("PUT", "/_cluster/settings", settings);
        PagingConfig paging = new PagingConfig(Duration.ofMinutes(10), NODE_POINTS_IN_TIME / 2, 3, Optional.empty());
        ApiBackend backend = ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER, paging,
                Clock.systemUTC()), () -> KnownProcesses.SOURCES);
        ApiConfig defaults = ApiConfig.DEFAULTS;
        QueryLimits limits = new QueryLimits(5_000, 12, 20_000, 5_000, MAX_RESPONSE);
        // A long deadline: this machine may be slow, and the deadline is not what these attacks test.
        ApiConfig config = new ApiConfig(limits, BudgetConfig.DEFAULTS, Duration.ofMinutes(1), defaults.corsOrigins(),
                true, Optional.of(TOKEN), paging, List.of(ADMIN_APP), Optional.empty());
        server = ApiServer.builder().host("127.0.0.1").port(0).backend(backend).admin(ADMIN)
                .healthChecks(List.of(new ClusterHealth())).config(config).mapper(MAPPER).start();
        bystander = LoopbackClient.from(2, server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        cluster.close();
    }

    /** Issue 13 item 3: replaying a first page's cursor opened a point in time each time, until none was left. */
    @Test
    void replayingACursorDoesNotExhaustPointsInTime() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(3, server.uri());
        String page = "query($after: String) { processes(first: 2, after: $after) { edges { node { ocid } } "
                + "pageInfo { endCursor } } }";
        String firstPage = attacker.post(page, Map.of()).body().at("/data/processes/pageInfo/endCursor").asText();
        whileAttacked(4, () -> {
            for (int replay = 0; replay < NODE_POINTS_IN_TIME; replay++) {
                Reply reply = attacker.post(page, Map.of("after", firstPage));
                assertEquals(2, reply.body().at("/data/processes/edges").size(), reply.body().toString());
            }
        });
        int open = cluster.send("GET", "/_search/point_in_time/_all", null).path("pits").size();
        assertTrue(open <= 3, "the replays share one point in time (a few more for the bystander): " + open);
        String second = bystander.post(page, Map.of("after", bystander.post(page, Map.of())
                .body().at("/data/processes/pageInfo/endCursor").asText())).body().toString();
        assertFalse(second.contains("errors"), second);
    }

    /** Issue 13 item 4: twelve aliases of a process's releases made a response twelve times their size. */
    @Test
    void largeValuesStopAtTheResponseCapAndAreCharged() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(4, server.uri());
        String aliases = IntStream.range(0, 12).mapToObj(i -> "p" + i + ": process(ocid: \"" + BIG + "\") { "
                + "releases { id json } }").collect(Collectors.joining(" "));
        whileAttacked(2, () -> {
            Reply reply = attacker.post("{ " + aliases + " }");
            assertEquals(200, reply.status());
            assertTrue(reply.bytes() <= MAX_RESPONSE, "at most the cap: " + reply.bytes());
            assertTrue(codes(reply).contains(ResponseWeight.TOO_LARGE), reply.message());
            assertTrue(reply.message().contains("/ocds/record-package"), reply.message());
            JsonNode cost = reply.body().at("/extensions/cost");
            long weight = cost.path("weight").asLong();
            assertTrue(weight * ResponseWeight.BYTES_PER_POINT >= MAX_RESPONSE / 2,
                    "the releases served are charged by their size: " + cost);
            assertTrue(cost.path("remaining").asLong() <= BudgetConfig.DEFAULTS.capacity() - weight, cost.toString());
        });
    }

    /** The rest of its class: values that are not weighed one by one still make no answer past the cap. */
    @Test
    void anAnswerPastTheCapIsRefusedWhole() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(5, server.uri());
        String aliases = IntStream.range(0, 12).mapToObj(i -> "p" + i + ": process(ocid: \"" + BIG + "\") { "
                + "description }").collect(Collectors.joining(" "));
        whileAttacked(2, () -> {
            Reply reply = attacker.post("{ " + aliases + " }");
            assertEquals(ResponseWeight.TOO_LARGE, reply.code(), reply.body().toString());
            assertTrue(reply.bytes() < 10_000, "only the error: " + reply.bytes());
            assertTrue(reply.message().startsWith("La respuesta pasaría de 1 MiB"), reply.message());
        });
        Reply one = attacker.post("{ process(ocid: \"" + BIG + "\") { compiledReleaseJson } }");
        assertTrue(one.body().at("/data/process/compiledReleaseJson/tender/items").size() > 0, one.message());
        assertTrue(one.body().at("/extensions/cost/weight").asLong() > 10, one.body().at("/extensions").toString());
    }

    /** Issue 13 item 5: invalid, too large, too deep and too complex queries cost nothing and never ran out. */
    @Test
    void refusedQueriesAreChargedUntilTheClientIsRefusedUnread() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(6, server.uri());
        String padding = " ".repeat(19_000);
        String page = "releases { id date tags source errors warnings packageVersion json }";
        Map<String, String> refusals = Map.of(
                "{ processes( " + padding, "GRAPHQL_PARSE_FAILED",
                "{ nope }" + padding, "GRAPHQL_VALIDATION_FAILED",
                "{ __typename " + " ".repeat(25_000) + "}", "QUERY_TOO_LARGE",
                "{ organization(id: \"x\") { processes { edges { node { publishedBy { runs { edges { node { issues { "
                        + "edges { node { examples { ocid } } } } } } } } } } } } }" + padding, "QUERY_TOO_DEEP",
                "{ a: processes(first: 100) { edges { node { " + page + " } } } b: processes(first: 100) { edges { "
                        + "node { " + page + " } } } }" + padding, "QUERY_TOO_COMPLEX");
        AtomicBoolean limited = new AtomicBoolean();
        whileAttacked(4, () -> {
            for (int sent = 0; sent < 1_000 && !limited.get(); sent++) {
                for (Map.Entry<String, String> refusal : refusals.entrySet()) {
                    Reply reply = attacker.post(refusal.getKey());
                    if (reply.status() == 429) {
                        assertEquals("RATE_LIMITED", reply.code(), reply.body().toString());
                        assertEquals(0, reply.body().at("/extensions/cost/requested").asLong(), "refused unread");
                        limited.set(true);
                        break;
                    }
                    assertEquals(refusal.getValue(), reply.code(), reply.body().toString());
                    assertTrue(reply.body().at("/extensions/cost/reading").asLong() > 100, reply.body().toString());
                }
            }
        });
        assertTrue(limited.get(), "refused queries ran the budget out");
    }

    /** Issue 13 item 12: a forged cursor answered SERVICE_UNAVAILABLE and logged a stack trace. */
    @Test
    void forgedAndExpiredCursorsAreTheClientsMistakeAndLogNothing() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(7, server.uri());
        String page = "query($after: String) { processes(first: 2, after: $after) { edges { node { ocid } } "
                + "pageInfo { endCursor } } }";
        String first = attacker.post(page, Map.of()).body().at("/data/processes/pageInfo/endCursor").asText();
        String second = attacker.post(page, Map.of("after", first)).body().at("/data/processes/pageInfo/endCursor")
                .asText();
        String payload = second.substring(0, second.indexOf('.'));
        String tag = second.substring(second.indexOf('.'));
        String otherPayload = first.substring(0, first.indexOf('.'));
        List<String> forged = List.of("x", second + "x", payload, otherPayload + tag, "eyJhIjpbMV19." + tag,
                "WyJ4IiwieSJd");
        try (LogCapture log = LogCapture.start()) {
            whileAttacked(2, () -> {
                for (String cursor : forged) {
                    Reply reply = attacker.post(page, Map.of("after", cursor));
                    assertEquals("BAD_USER_INPUT", reply.code(), cursor + ": " + reply.body());
                    assertTrue(reply.message().contains("not valid"), reply.message());
                }
            });
            assertEquals(List.of(), log.entries().stream().filter(entry -> entry.withTrace()
                    || entry.logger().startsWith("org.ocdsnacional")).toList(), "nothing logged, no stack trace");
        }
        cluster.send("DELETE", "/_search/point_in_time/_all", null);
        Reply expired = attacker.post(page, Map.of("after", second));
        assertEquals("CURSOR_EXPIRED", expired.code(), expired.body().toString());
        assertTrue(expired.message().contains("start again from the first page"), expired.message());
    }

    /** Issue 13 item 9: a GET executed a mutation, and any origin's pages were allowed to send the admin token. */
    @Test
    void aGetOrAnotherSitesPageCannotAdminister() throws Exception {
        LoopbackClient attacker = LoopbackClient.from(8, server.uri());
        String freeze = "mutation { setSourceStatus(source: \"jalisco\", status: FROZEN) { status } }";
        whileAttacked(2, () -> {
            Reply get = attacker.send(HttpRequest.newBuilder(server.uri().resolve("/graphql?query="
                    + URLEncoder.encode(freeze, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + TOKEN).build());
            assertEquals(405, get.status(), get.body().toString());
            assertEquals("METHOD_NOT_ALLOWED", get.code());
            Reply preflight = attacker.send(HttpRequest.newBuilder(server.uri().resolve("/graphql"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type, authorization").build());
            assertEquals(403, preflight.status());
            assertTrue(preflight.response().headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            Reply guess = attacker.post(freeze, Map.of(), "Authorization", "Bearer " + TOKEN.substring(1) + "x");
            assertEquals("FORBIDDEN", guess.code(), guess.body().toString());
        });
        Reply state = attacker.post("mutation { setSourceStatus(source: \"jalisco\", status: ACTIVE) { previous } }",
                Map.of(), "Authorization", "Bearer " + TOKEN);
        assertEquals("ACTIVE", state.body().at("/data/setSourceStatus/previous").asText(), "nothing was frozen");
        Reply admin = attacker.send(HttpRequest.newBuilder(server.uri().resolve("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ADMIN_APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, authorization").build());
        assertEquals(204, admin.status(), "the configured admin origin may");
    }

    /** The embedded node serves no HTTP of its own: nothing on loopback to reach it without a password. */
    @Test
    void theSearchNodeIsReachableOnlyThroughTheApi() {
        assertEquals(List.of(), cluster.uris());
    }

    /** Runs {@code attack} on {@code threads} threads while the bystander checks the server, then once more after. */
    private static void whileAttacked(int threads, Runnable attack) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> attacks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attacks.add(pool.submit(attack));
            }
            do {
                assertServed();
            } while (attacks.stream().anyMatch(running -> !running.isDone()));
            for (Future<?> running : attacks) {
                running.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertServed();
    }

    /** {@code /health} says UP and another client's ordinary query is answered. */
    private static void assertServed() {
        Reply health = bystander.get("/health");
        assertEquals(200, health.status(), health.body().toString());
        assertEquals("UP", health.body().path("status").asText());
        Reply query = bystander.post("{ processes(first: 3) { totalCount edges { node { ocid } } } }");
        assertEquals(200, query.status(), query.body().toString());
        assertFalse(query.body().has("errors"), query.body().toString());
        assertEquals(PROCESSES, query.body().at("/data/processes/totalCount").asInt());
    }

    private static List<String> codes(Reply reply) {
        return StreamSupport.stream(reply.body().path("errors").spliterator(), false)
                .map(error -> error.at("/extensions/code").asText()).distinct().toList();
    }

    /** A process whose releases weigh about 400 KB each, with a 150 KB tender description. */
    private static List<HarvestedRelease> heavyProcess() {
        List<HarvestedRelease> releases = new ArrayList<>();
        String words = "Suministro de material de curación y medicamentos para unidades médicas. ";
        for (int r = 1; r <= BIG_RELEASES; r++) {
            ObjectNode json = MAPPER.createObjectNode();
            json.put("ocid", BIG).put("id", BIG + "-r" + r).put("date", "2024-0" + r + "-01T00:00:00Z");
            json.putArray("tag").add("tender");
            json.putObject("buyer").put("id", "buyer").put("name", "Secretaría de Salud Jalisco");
            ObjectNode tender = json.putObject("tender").put("id", "t").put("title", "Compra consolidada")
                    .put("description", words.repeat(2_000));
            ArrayNode items = tender.putArray("items");
            for (int i = 0; i < 250; i++) {
                items.addObject().put("id", "item-" + i).put("description", words.repeat(13));
            }
            releases.add(new HarvestedRelease("jal", "run-1", new Release(json), PackageMetadata.NONE,
                    ContentHash.of(json), List.of(), "https://example.org/jal.json"));
        }
        return releases;
    }

    /** OpenSearch is up while it answers and is not red. */
    private static final class ClusterHealth implements HealthCheck {
        @Override
        public String name() {
            return "opensearch";
        }

        @Override
        public Status check() {
            try {
                String status = cluster.send("GET", "/_cluster/health", null).path("status").asText();
                return new Status(!status.equals("red"), "cluster " + status);
            } catch (ClusterException e) {
                return new Status(false, e.getMessage());
            }
        }
    }
}
