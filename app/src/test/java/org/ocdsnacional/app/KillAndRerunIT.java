package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of a harvest, then the same harvest again: the index ends exactly as after one
 * uninterrupted harvest, with nothing lost and nothing twice, and the rerun's validation report counts what a clean
 * run's does (the releases the killed run stored are in it). Each harvest is the real command line in a child
 * JVM with its own embedded OpenSearch node.
 */
class KillAndRerunIT {

    private static final int PROCESSES = 600;
    private static final int RELEASES = 2 * PROCESSES;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) requests, (\\d+) releases");

    @TempDir
    static Path work;
    private static HttpServer publisher;
    private static Path registry;
    private static Path mirror;

    @BeforeAll
    static void publish() throws IOException {
        mirror = SharedFixtures.root().resolve("ocds-mirror");
        byte[] body = TestPackages.releasePackage("kill", PROCESSES).toString().getBytes(StandardCharsets.UTF_8);
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/contrataciones.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        publisher.start();
        registry = Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: kill
                    name: Publicador que se interrumpe
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

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.stop(0);
        }
    }

    @Test
    void aRunKilledMidwayThenRunAgainEndsLikeAnUninterruptedRun() throws Exception {
        Path killed = work.resolve("killed");
        long seenBeforeKill = harvestAndKill(killed, 500);
        assertTrue(seenBeforeKill >= 500 && seenBeforeKill < RELEASES,
                "killed midway, after " + seenBeforeKill + " releases");
        assertEquals(0, harvestToEnd(killed), () -> output(killed));
        Path clean = work.resolve("clean");
        assertEquals(0, harvestToEnd(clean), () -> output(clean));

        IndexSnapshot afterKill = snapshot(killed);
        IndexSnapshot uninterrupted = snapshot(clean);
        assertEquals(RELEASES, uninterrupted.releases().size(), () -> output(clean));
        assertEquals(PROCESSES, uninterrupted.processes().size());
        assertEquals(uninterrupted, afterKill, "no loss, no duplicates, the same compiled processes");
        JsonNode cleanReport = lastReport(clean);
        assertEquals(RELEASES, cleanReport.path("summary").path("releases").asLong(), cleanReport::toString);
        assertEquals(counts(cleanReport), counts(lastReport(killed)),
                "the rerun's validation report covers every release, as a clean run's does");
    }

    /** What a report counts: issues by severity, groups and the publication's summary. */
    private static String counts(JsonNode report) {
        return List.of("errors", "warnings", "infos", "groupCount", "summary").stream()
                .map(field -> field + "=" + report.path(field)).toList().toString();
    }

    /** The validation report of the last run of the source that stored one, read over OpenSearch's HTTP API. */
    private static JsonNode lastReport(Path home) throws IOException, InterruptedException {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home.resolve("opensearch"), 0),
                new ObjectMapper())) {
            URI node = cluster.uris().getFirst();
            send(node, "GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", "");
            send(node, "POST", "/ocds-issues/_refresh", "");
            String answer = send(node, "POST", "/ocds-issues/_search", """
                    {"size":1,"query":{"bool":{"filter":[{"term":{"kind":"report"}},{"term":{"sourceId":"kill"}}]}},
                     "sort":[{"startedAt":{"order":"desc"}}]}""");
            JsonNode report = new ObjectMapper().readTree(answer).path("hits").path("hits").path(0).path("_source");
            assertTrue(report.isObject(), "a stored report: " + answer);
            return report;
        }
    }

    private static String send(URI node, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int harvestToEnd(Path home) throws Exception {
        Process child = harvest(home, ProcessBuilder.Redirect.to(home.resolve("harvest.out").toFile()));
        assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the harvest ends");
        return child.exitValue();
    }

    private static String output(Path home) {
        try {
            return Files.readString(home.resolve("harvest.out"));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Starts a harvest and kills it (SIGKILL) once it reports {@code releases} read; returns how many it saw. */
    private static long harvestAndKill(Path home, long releases) throws Exception {
        Process child = harvest(home, ProcessBuilder.Redirect.PIPE);
        AtomicLong seen = new AtomicLong();
        CompletableFuture<Void> watching = CompletableFuture.runAsync(() -> watch(child.getInputStream(), seen,
                releases));
        watching.get(300, TimeUnit.SECONDS);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed with SIGKILL");
        return seen.get();
    }

    private static void watch(InputStream output, AtomicLong seen, long releases) {
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while ((c = output.read()) != -1 && seen.get() < releases) {
                line.append((char) c);
                Matcher progress = PROGRESS.matcher(line);
                if (c == '\r' || c == '\n') {
                    if (progress.find()) {
                        seen.set(Long.parseLong(progress.group(2)));
                    }
                    line.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("Lost the child's output: " + e, e);
        }
    }

    /** The real command line, {@code harvest --source kill}, in a child JVM whose data lives in {@code home}. */
    private static Process harvest(Path home, ProcessBuilder.Redirect output) throws IOException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "harvest", "--source", "kill",
                "--set", "registry.path=" + registry,
                "--set", "opensearch.data-dir=" + home.resolve("opensearch"),
                "--set", "schemas.mirror=" + mirror,
                "--set", "harvest.work-dir=" + home.resolve("work")));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(output).start();
    }

    private static IndexSnapshot snapshot(Path home) {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home.resolve("opensearch"), 0),
                new ObjectMapper())) {
            return IndexSnapshot.of(cluster.uris().getFirst());
        }
    }
}
