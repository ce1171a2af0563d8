package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.schedule.CatchUpRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain {@code serve} (scheduler on, every schedule far away) harvests a source it never harvested soon after
 * start-up, and a restart after that success leaves the source to its schedule.
 */
class CatchUpIT {

    private static final String REGISTRY = """
            sources:
              - id: catch-up-test
                name: Fuente nunca cosechada
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: %s
                schedule: "0 0 3 1 1 ?"
            """;

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static Map<String, String> config;

    @BeforeAll
    static void publish() throws IOException {
        publisher = new LocalPublisher().json("/paquete.json", TestPackages.releasePackage("cu", 3).toString());
        Path registry = work.resolve("registry.yaml");
        Files.writeString(registry, REGISTRY.formatted(publisher.url("/paquete.json")));
        Files.createDirectories(work.resolve("no-schemas"));
        config = new HashMap<>(Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "server.port", "0",
                "schemas.mirror", work.resolve("no-schemas").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "true",
                "harvest.catch-up.delay", "PT1S",
                "harvest.catch-up.interval", "PT5S"));
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void aSourceNeverHarvestedIsHarvestedSoonAfterStartUpAndNotAgainAfterARestart() throws InterruptedException {
        try (Application app = Application.open(AppConfig.load(Optional.empty(), config)).serve()) {
            assertEquals(List.of("catch-up-test"), app.catchUpRuns().stream().map(CatchUpRun::sourceId).toList());
            JsonNode lastRun = awaitSuccess(new GraphQlClient(app.apiUri().orElseThrow()), Duration.ofMinutes(2));
            assertEquals("SCHEDULE", lastRun.path("trigger").asText(), lastRun.toString());
            assertTrue(lastRun.at("/counts/releases").asInt() > 0, lastRun.toString());
        }
        int requests = publisher.hits("/paquete.json");

        try (Application again = Application.open(AppConfig.load(Optional.empty(), config)).serve()) {
            assertEquals(List.of(), again.catchUpRuns(), "harvested successfully since its last scheduled time");
        }
        assertEquals(requests, publisher.hits("/paquete.json"));
    }

    private static JsonNode awaitSuccess(GraphQlClient api, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            JsonNode lastRun = api.data("{ sources { id lastRun { trigger state counts { releases } } } }", Map.of())
                    .at("/sources/0/lastRun");
            if (lastRun.path("state").asText().equals("SUCCEEDED")) {
                return lastRun;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("catch-up-test was not harvested within " + patience);
    }
}
