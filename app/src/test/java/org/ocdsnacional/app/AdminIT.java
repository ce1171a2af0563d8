package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administration and operations of the served application, with an embedded OpenSearch node and the Quartz
 * scheduler running: admin mutations act on the real harvester and registry, health sees OpenSearch, and the cost
 * of a query over real data is reported. The one source answers every request with HTTP 500.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminIT {

    private static final String TOKEN = "q3Jx8vZp0mW4kL7nR2tY6uB9cE1fH5gA3dS8jK0lP4o";
    private static final String SOURCE = """
              - id: %s
                name: Fuente de prueba %s
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: %s
                schedule: "0 0 3 * * ?"
            """;

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static Path registry;
    private static Application app;
    private static GraphQlClient api;
    private static GraphQlClient admin;

    @BeforeAll
    static void serve() throws IOException {
        publisher = new LocalPublisher().respond("/broken.json", 500, "text/plain", "Internal Server Error");
        registry = work.resolve("registry.yaml");
        writeRegistry("broken-test");
        Files.createDirectories(work.resolve("no-schemas"));
        app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "server.port", "0",
                "schemas.mirror", work.resolve("no-schemas").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "true",
                "harvest.catch-up.enabled", "false",
                "admin.token", TOKEN))).serve();
        api = new GraphQlClient(app.apiUri().orElseThrow());
        admin = api.withToken(TOKEN);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    @Order(1)
    void healthSeesOpenSearch() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(app.apiUri().orElseThrow().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"opensearch\"") && health.body().contains("cluster "), health.body());
    }

    @Test
    @Order(2)
    void theConfiguredTokenIsRequired() {
        JsonNode answer = api.post("mutation { reloadRegistry { sources } }", Map.of());
        assertEquals("UNAUTHENTICATED", answer.at("/errors/0/extensions/code").asText(), answer.toString());
    }

    @Test
    @Order(3)
    void runSourceNowHarvestsThroughTheScheduler() throws InterruptedException {
        JsonNode run = admin.data("mutation { runSourceNow(source: \"broken-test\") { source state } }", Map.of());
        assertEquals("ACCEPTED", run.at("/runSourceNow/state").asText(), run.toString());
        JsonNode lastRun = awaitLastRun("broken-test", Duration.ofSeconds(30));
        assertEquals("MANUAL", lastRun.path("trigger").asText(), lastRun.toString());
        assertEquals("FAILED", lastRun.path("state").asText());
        assertEquals(500, lastRun.at("/error/status").asInt(), lastRun.toString());
        assertTrue(publisher.hits("/broken.json") > 0);
    }

    @Test
    @Order(4)
    void aFrozenSourceShowsAsFrozen() {
        JsonNode change = admin.data("mutation { setSourceStatus(source: \"broken-test\", status: FROZEN) "
                + "{ previous status } }", Map.of()).path("setSourceStatus");
        assertEquals("ACTIVE", change.path("previous").asText());
        assertEquals("FROZEN", change.path("status").asText());
        assertEquals("frozen", status("broken-test"));
        assertEquals(0, app.registry().active().size());
    }

    @Test
    @Order(5)
    void reloadingTheRegistryReadsTheFileAgainAndRefusesABadOne() throws IOException {
        writeRegistry("broken-test", "second-test");
        JsonNode reload = admin.data("mutation { reloadRegistry { sources active } }", Map.of());
        assertEquals(2, reload.at("/reloadRegistry/sources").asInt(), reload.toString());
        assertEquals(2, reload.at("/reloadRegistry/active").asInt());
        assertEquals("active", status("broken-test"), "the file says active; the freeze lived in memory");

        Files.writeString(registry, "sources:\n  - id: Not Valid\n");
        JsonNode refused = admin.post("mutation { reloadRegistry { sources } }", Map.of());
        assertEquals("INVALID_REGISTRY", refused.at("/errors/0/extensions/code").asText(), refused.toString());
        assertTrue(refused.at("/errors/0/message").asText().contains("registry.yaml"), refused.toString());
        assertEquals(2, app.registry().sources().size(), "a bad file changes nothing");
    }

    @Test
    @Order(6)
    void runSourceNowRefusesARetiredSourceAndAnUnknownOne() {
        admin.data("mutation { setSourceStatus(source: \"second-test\", status: RETIRED) { status } }", Map.of());
        JsonNode retired = admin.post("mutation { runSourceNow(source: \"second-test\") { state } }", Map.of());
        assertEquals("RETIRED", retired.at("/errors/0/extensions/code").asText(), retired.toString());
        JsonNode unknown = admin.post("mutation { runSourceNow(source: \"nope\") { state } }", Map.of());
        assertEquals("NOT_FOUND", unknown.at("/errors/0/extensions/code").asText(), unknown.toString());
    }

    @Test
    @Order(7)
    void theCostOfAQueryOverRealDataIsReported() {
        JsonNode answer = api.post("{ processes(first: 5) { edges { node { ocid } } } }", Map.of());
        assertTrue(answer.path("errors").isMissingNode(), answer.toString());
        JsonNode cost = answer.at("/extensions/cost");
        assertEquals(1 + 5 * (1 + (1 + 1)), cost.path("requested").asLong(), cost.toString());
        assertEquals(5000, cost.path("limit").asInt());
        assertTrue(cost.path("remaining").asLong() <= 50_000 - 16, cost.toString());
    }

    private static JsonNode awaitLastRun(String sourceId, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            JsonNode lastRun = source(sourceId).path("lastRun");
            if (!lastRun.isNull() && !lastRun.isMissingNode() && !lastRun.path("state").asText().equals("RUNNING")) {
                return lastRun;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No finished run of " + sourceId + " within " + patience);
    }

    private static String status(String sourceId) {
        return source(sourceId).path("status").asText();
    }

    private static JsonNode source(String sourceId) {
        JsonNode sources = api.data("{ sources { id status lastRun { trigger state error { status } } } }",
                Map.of()).path("sources");
        for (JsonNode source : sources) {
            if (source.path("id").asText().equals(sourceId)) {
                return source;
            }
        }
        throw new AssertionError("No source " + sourceId + " in " + sources);
    }

    private static void writeRegistry(String... ids) throws IOException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (String id : ids) {
            yaml.append(SOURCE.formatted(id, id, publisher.url("/broken.json")));
        }
        Files.writeString(registry, yaml);
    }
}
