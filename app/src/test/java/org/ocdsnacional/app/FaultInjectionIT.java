package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A publisher that misbehaves in every way we have met, against the real application and a real embedded
 * OpenSearch node. For each fault: the victim's run records what happened; a healthy source harvested at the same
 * time is not affected; what was indexed before is still there, unchanged; and nothing secret is shown or logged.
 */
class FaultInjectionIT {

    private static final int PROCESSES = 3;
    private static final int RELEASES = 2 * PROCESSES;

    @TempDir
    static Path work;
    private static final List<String> SECRETS = List.of("hunter2-fi", "s3cr3t-fi", "tok-fi-999");
    private static FaultyPublisher victim;
    private static FaultyPublisher healthy;
    private static ClosingPublisher closing;
    private static Application app;
    private static String good;
    private IndexSnapshot before;

    @BeforeAll
    static void harvestTheBaseline() throws IOException {
        Path shared = SharedFixtures.root();
        victim = new FaultyPublisher();
        healthy = new FaultyPublisher();
        closing = new ClosingPublisher();
        good = TestPackages.releasePackage("victim", PROCESSES).toString();
        healthy.answer("/healthy.json", json(TestPackages.releasePackage("healthy", 2).toString()));
        for (String file : new String[]{"a", "b", "c"}) {
            closing.answer("/" + file + ".json", TestPackages.releasePackage("closing-" + file, 1).toString());
        }
        app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", writeRegistry().toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "opensearch.http-port", "0",
                "schemas.cache-dir", schemaCache(shared).toString(),
                "schemas.cache-expiry", "P3650D",
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false")));
        serveGoodData();
        for (String source : new String[]{"victim", "pages", "healthy", "trickle", "closing"}) {
            assertEquals(RunState.SUCCEEDED, harvest(source).state(), source);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (victim != null) {
            victim.close();
            healthy.close();
        }
        if (closing != null) {
            closing.close();
        }
    }

    /**
     * The core schemas, fresh in the HTTP schema source's cache (copied from the shared mirror), so that extension
     * URLs go through the HTTP policy as they do in production while the standard's own files need no network.
     */
    private static Path schemaCache(Path shared) throws IOException {
        Path cache = work.resolve("schema-cache");
        Path standard = shared.resolve("ocds-mirror").resolve("standard.open-contracting.org");
        try (var files = Files.walk(standard)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = cache.resolve("standard.open-contracting.org").resolve(standard.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return cache;
    }

    @BeforeEach
    void snapshot() {
        serveGoodData();
        before = snapshotNow();
    }

    @Test
    void serverErrorsAreRetriedThenTheRunFails() {
        victim.answer("/data.json", status(500, "<html>Internal Server Error</html>"));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertEquals(Optional.of(500), run.error().orElseThrow().status());
        assertEquals(2, run.counts().http().serverErrors());
        assertEquals(1, run.counts().http().retries());
        assertEquals(2, victim.hits("/data.json"));
        assertIndexUnchanged();
    }

    @Test
    void a503ThenSuccessIsRetriedAndSucceeds() {
        victim.answer("/data.json", status(503, "busy"), json(good));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(1, run.counts().http().retries());
        assertNothingNew(run);
        assertIndexUnchanged();
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        victim.answer("/data.json", new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build(),
                json(good));
        Instant start = Instant.now();
        HarvestRun run = faulty("victim");
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 1000, "waited the second asked for");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(1, run.counts().http().clientErrors());
        assertEquals(1, run.counts().http().retries());
        assertIndexUnchanged();
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        victim.answer("/data.json", new MockResponse.Builder().body(good).headersDelay(3, TimeUnit.SECONDS).build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().startsWith("Tiempo de espera agotado / Timed out"),
                run.error()::toString);
        assertEquals(2, run.counts().http().networkErrors());
        assertIndexUnchanged();
    }

    @Test
    void aResetConnectionIsRetriedThenFails() {
        victim.answer("/data.json", new MockResponse.Builder().body(good)
                .onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertEquals(Optional.empty(), run.error().orElseThrow().status());
        assertEquals(2, run.counts().http().networkErrors());
        assertIndexUnchanged();
    }

    @Test
    void aBodyCutShortIsRetriedThenFails() {
        victim.answer("/data.json", new MockResponse.Builder().body(good)
                .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertEquals(2, run.counts().http().networkErrors());
        assertEquals(0, run.counts().releases());
        assertIndexUnchanged();
    }

    @Test
    void aSlowDripEndsAtTheWholeRequestTimeout() {
        victim.answer("/data.json", new MockResponse.Builder().body(good).throttleBody(64, 250, TimeUnit.MILLISECONDS)
                .build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().startsWith("Tiempo de espera agotado / Timed out"),
                run.error()::toString);
        assertIndexUnchanged();
    }

    @Test
    void htmlWithStatus200IsNotJson() {
        victim.answer("/data.json", new MockResponse.Builder().setHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body>Portal en mantenimiento</body></html>").build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertEquals(Optional.of(200), run.error().orElseThrow().status());
        assertTrue(run.error().orElseThrow().reason().contains("not valid JSON"), run.error()::toString);
        assertEquals(0, run.counts().http().retries());
        assertIndexUnchanged();
    }

    @Test
    void jsonThatBreaksMidwayKeepsWhatCameAndWithdrawsNothing() {
        victim.answer("/data.json", json(good.substring(0, good.length() * 7 / 10)));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.PARTIAL, run.state(), run::toString);
        assertTrue(run.counts().releases() > 0 && run.counts().releases() < RELEASES, run::toString);
        assertNothingNew(run);
        assertIndexUnchanged();
    }

    @Test
    void aLatin1FileReadsAsTheSameData() {
        victim.answer("/data.json", new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(new Buffer().write(good.getBytes(StandardCharsets.ISO_8859_1))).build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(RELEASES, run.counts().unchanged(), "accents decoded as the UTF-8 original: " + run);
        assertNothingNew(run);
        assertIndexUnchanged();
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        victim.answer("/data.json", json("\uFEFF" + good));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(RELEASES, run.counts().unchanged());
        assertIndexUnchanged();
    }

    @Test
    void aZipWithJunkEntriesReadsOnlyTheData() throws IOException {
        victim.answer("/data.json", bytes("application/zip", zip(Map.of(
                "__MACOSX/datos/._contrataciones 2024.json", new byte[]{0, 5, 22, 7, 0, 2, 0, 0},
                ".DS_Store", new byte[]{0, 0, 0, 1, 66, 117, 100, 49},
                "datos/leeme.txt", "Datos de contrataciones".getBytes(StandardCharsets.UTF_8),
                "datos/contrataciones 2024.json", good.getBytes(StandardCharsets.UTF_8)))));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(RELEASES, run.counts().unchanged());
        assertIndexUnchanged();
    }

    @Test
    void aGzipBombIsRefused() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                gzip.write(spaces);
            }
        }
        victim.answer("/data.json", bytes("application/gzip", compressed.toByteArray()));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("maxUnpackedBytes"), run.error()::toString);
        assertIndexUnchanged();
    }

    @Test
    void aRedirectToAPrivateAddressIsRefused() {
        victim.answer("/data.json", new MockResponse.Builder().code(302)
                .setHeader("Location", "http://10.255.255.1/latest/meta-data/").build());
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("Refused a loopback or private address"),
                run.error()::toString);
        assertEquals(1, run.counts().http().redirects());
        assertEquals(1, run.counts().http().refused());
        assertIndexUnchanged();
    }

    @Test
    void aRedirectLoopIsStopped() {
        victim.answer("/data.json", redirect("/loop.json"));
        victim.answer("/loop.json", redirect("/data.json"));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().startsWith("Bucle de redirecciones / Redirect loop"),
                run.error()::toString);
        assertIndexUnchanged();
    }

    @Test
    void aPageThatRepeatsLinksNextEndsPartial() {
        victim.answer("/page-2.json", json(page("pages-2", "/page-2.json")));
        HarvestRun run = faulty("pages");
        assertEquals(RunState.PARTIAL, run.state(), run::toString);
        assertTrue(run.error().orElseThrow().reason().startsWith("La paginación vuelve a una página ya leída"),
                run.error()::toString);
        assertEquals(1, victim.hits("/page-2.json"));
        assertNothingNew(run);
        assertIndexUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n ", "[]", "{}", "{\"releases\":[]}"})
    void aBodyWithoutOcdsDataIsAFailedDocumentThatWithdrawsNothing(String body) {
        victim.answer("/data.json", json(body));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertEquals(0, run.counts().releases());
        assertEquals(0, run.counts().withdrawn());
        assertTrue(run.error().orElseThrow().reason().startsWith("El documento no contiene datos OCDS"),
                run.error()::toString);
        assertIndexUnchanged();
    }

    @Test
    void duplicateReleasesAreCountedAndStoredOnce() {
        ObjectNode doubled = TestPackages.releasePackage("victim", PROCESSES);
        doubled.withArray("releases").add(doubled.withArray("releases").get(0).deepCopy());
        doubled.withArray("releases").add(doubled.withArray("releases").get(3).deepCopy());
        victim.answer("/data.json", json(doubled.toString()));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(2, run.counts().duplicates());
        assertEquals(RELEASES, run.counts().unchanged());
        assertIndexUnchanged();
    }

    @Test
    void unprefixedOcidsStayApartPerPublisher() {
        healthy.answer("/unprefixed-a.json", json(unprefixed("Compra de sillas")));
        healthy.answer("/unprefixed-b.json", json(unprefixed("Renta de oficinas")));
        HarvestRun first = faulty("unprefixed-a");
        HarvestRun second = harvest("unprefixed-b");
        assertEquals(RunState.SUCCEEDED, first.state(), first::toString);
        assertEquals(RunState.SUCCEEDED, second.state(), second::toString);
        IndexSnapshot after = snapshotNow();
        assertTrue(after.keepsAllOf(before));
        for (String key : new String[]{"unprefixed-a/10", "unprefixed-b/10", "unprefixed-a/PC-0001"}) {
            assertTrue(after.processes().containsKey(key), key + " in " + after.processes().keySet());
        }
        assertTrue(after.processes().get("unprefixed-a/10").contains("Compra de sillas"));
        assertTrue(after.processes().get("unprefixed-b/10").contains("Renta de oficinas"));
    }

    @Test
    void unauthorisedStopsTheRunAtOnce() {
        victim.answer("/locked.json", status(401, "{\"message\":\"token inválido\"}"));
        HarvestRun run = faulty("locked");
        assertEquals(RunState.FAILED, run.state());
        assertEquals(Optional.of(401), run.error().orElseThrow().status());
        assertEquals(1, run.counts().requests());
        assertEquals(1, victim.hits("/locked.json"));
        assertIndexUnchanged();
    }

    @Test
    void aBodyOverTheSizeCapIsRefused() {
        victim.answer("/data.json", json("[" + " ".repeat(2 << 20) + "]"));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("http.maxBodyBytes"), run.error()::toString);
        assertEquals(0, run.counts().http().retries());
        assertIndexUnchanged();
    }

    @Test
    void credentialsEchoedInAnErrorBodyAreNeitherStoredNorShownNorLogged() {
        victim.answer("/data.json", status(500, "{\"error\":\"invalid_grant for request: grant_type=password"
                + "&username=ana&password=hunter2-fi&client_secret=s3cr3t-fi\",\"access_token\":\"tok-fi-999\"}"));
        HarvestRun run;
        try (LogCapture logs = LogCapture.capture()) {
            run = faulty("victim");
            assertNoSecret(logs.text());
        }
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("password=[REDACTED]"), run.error()::toString);
        assertNoSecret(run.toString());
        assertNoSecret(search("ocds-runs", "{\"size\":1000,\"query\":{\"match_all\":{}}}"));
        assertIndexUnchanged();
    }

    @Test
    void aTricklingBodyEndsAtTheMinimumTransferRate() {
        victim.answer("/trickle.json", new MockResponse.Builder().body(TestPackages.releasePackage("trickle", 2)
                .toString()).throttleBody(64, 250, TimeUnit.MILLISECONDS).build());
        HarvestRun run = faulty("trickle");
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertTrue(run.error().orElseThrow().reason().contains("http.minTransferRate"), run.error()::toString);
        assertEquals(1, victim.hits("/trickle.json"), "not retried");
        assertIndexUnchanged();
    }

    @Test
    void aConflictingDuplicateIsReportedAndTheReleaseReadFirstStaysIndexed() {
        ObjectNode conflicting = TestPackages.releasePackage("victim", PROCESSES);
        ObjectNode other = conflicting.withArray("releases").get(0).deepCopy();
        ((ObjectNode) other.path("tender")).put("title", "Otro contenido con el mismo id");
        conflicting.withArray("releases").add(other);
        victim.answer("/data.json", json(conflicting.toString()));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(1, run.counts().duplicates());
        assertEquals(RELEASES, run.counts().unchanged());
        assertTrue(issuesOf(run).contains("release.conflicting_duplicate"), issuesOf(run));
        assertIndexUnchanged();
    }

    @Test
    void extensionsAtPrivateAddressesAreNeverFetchedAndReadAlike() throws IOException {
        victim.answer("/ext/extension.json", json("{\"name\":\"Extensión\",\"schemas\":[]}"));
        victim.answer("/huge/extension.json", json("{\"name\":\"" + "x".repeat(5 << 20) + "\"}"));
        ObjectNode declaring = JsonNodeFactory.instance.objectNode().put("version", "1.1");
        declaring.putArray("extensions").add(victim.url("/ext/extension.json")).add(victim.url("/huge/extension.json"))
                .add("http://10.255.255.1/ext/extension.json")
                .add("http://127.0.0.1:" + closedPort() + "/ext/extension.json");
        declaring.setAll(TestPackages.releasePackage("victim", PROCESSES));
        victim.answer("/data.json", json(declaring.toString()));
        HarvestRun run = faulty("victim");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(0, victim.hits("/ext/extension.json") + victim.hits("/huge/extension.json"),
                "no request from the schema source reached the local publisher");
        String issues = issuesOf(run);
        assertTrue(issues.contains("extension.unavailable") && issues.contains(PolicySchemaFetcher.UNAVAILABLE),
                issues);
        assertFalse(issues.contains("Failed to connect") || issues.contains("Connection refused")
                || issues.contains("private"), issues);
        assertIndexUnchanged();
    }

    @Test
    void aServerClosingEachConnectionCostsOneRequestPerFileAndNoError() {
        int before = closing.requests();
        HarvestRun run = faulty("closing");
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(3, run.counts().requests(), run::toString);
        assertEquals(3, closing.requests() - before);
        assertEquals(0, run.counts().http().networkErrors(), run::toString);
        assertEquals(0, run.counts().http().retries(), run::toString);
        assertIndexUnchanged();
    }

    @Test
    void aProcessNoLongerPublishedIsWithdrawnNotDeletedAndComesBack() {
        healthy.answer("/shrinking.json", json(TestPackages.releasePackage("shrinking", 4).toString()));
        assertEquals(RunState.SUCCEEDED, harvest("shrinking").state());
        ObjectNode three = TestPackages.releasePackage("shrinking", 4);
        three.withArray("releases").remove(7);
        three.withArray("releases").remove(6);
        healthy.answer("/shrinking.json", json(three.toString()));
        HarvestRun shrunk = faulty("shrinking");
        assertEquals(1, shrunk.counts().withdrawn(), shrunk::toString);
        IndexSnapshot after = snapshotNow();
        String gone = after.processes().get("ocds-test01-shrinking-4");
        assertTrue(gone.contains("\"withdrawn\":true") && gone.contains("\"withdrawnSources\":[\"shrinking\"]"), gone);
        assertEquals(8, after.releases().keySet().stream().filter(uid -> after.releases().get(uid)
                .startsWith("ocds-test01-shrinking")).count(), "nothing deleted");
        healthy.answer("/shrinking.json", json(TestPackages.releasePackage("shrinking", 4).toString()));
        HarvestRun back = harvest("shrinking");
        assertEquals(2, back.counts().changed(), back::toString);
        assertTrue(snapshotNow().processes().get("ocds-test01-shrinking-4").contains("\"withdrawn\":false"));
    }

    /** Runs {@code source} and, at the same time, the healthy source, which must not notice anything. */
    private static HarvestRun faulty(String source) {
        CompletableFuture<HarvestRun> other = CompletableFuture.supplyAsync(() -> harvest("healthy"));
        HarvestRun run = harvest(source);
        HarvestRun healthyRun = other.join();
        assertEquals(RunState.SUCCEEDED, healthyRun.state(), healthyRun::toString);
        assertEquals(0, healthyRun.counts().failedRequests());
        assertEquals(1, healthyRun.counts().unchangedDocuments(), "the healthy source did not change: " + healthyRun);
        return run;
    }

    private static HarvestRun harvest(String source) {
        return app.harvest(source, RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private void assertIndexUnchanged() {
        assertEquals(before, snapshotNow(), "what was indexed before is unchanged");
    }

    private static void assertNothingNew(HarvestRun run) {
        assertEquals(0, run.counts().newReleases(), run::toString);
        assertEquals(0, run.counts().changed(), run::toString);
        assertEquals(0, run.counts().withdrawn(), run::toString);
    }

    private static void assertNoSecret(String shown) {
        for (String secret : SECRETS) {
            assertFalse(shown.contains(secret), "«" + secret + "» in " + shown);
        }
    }

    /** What the issues index holds of a run, as text. */
    private static String issuesOf(HarvestRun run) {
        return search("ocds-issues", "{\"size\":1000,\"query\":{\"term\":{\"runId\":\"" + run.runId() + "\"}}}");
    }

    private static String search(String index, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(app.searchUris().getFirst().resolve("/" + index + "/_search"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query))
                    .build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new AssertionError("OpenSearch did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static IndexSnapshot snapshotNow() {
        return IndexSnapshot.of(app.searchUris().getFirst());
    }

    private static void serveGoodData() {
        victim.answer("/data.json", json(good));
        victim.answer("/page-1.json", json(page("pages-1", "/page-2.json")));
        victim.answer("/page-2.json", json(page("pages-2", null)));
        victim.answer("/trickle.json", json(TestPackages.releasePackage("trickle", 2).toString()));
    }

    private static String page(String prefix, String next) {
        ObjectNode pkg = TestPackages.releasePackage(prefix, 1);
        if (next != null) {
            pkg.putObject("links").put("next", victim.url(next));
        }
        return pkg.toString();
    }

    private static String unprefixed(String title) {
        ObjectNode pkg = TestPackages.releasePackage("unprefixed", 0);
        for (String ocid : new String[]{"10", "PC-0001"}) {
            ObjectNode release = TestPackages.release(ocid, 1, "tender");
            ((ObjectNode) release.path("tender")).put("title", title);
            pkg.withArray("releases").add(release);
        }
        return pkg.toString();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8").body(body)
                .build();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html").body(body).build();
    }

    private static MockResponse redirect(String path) {
        return new MockResponse.Builder().code(302).setHeader("Location", victim.url(path)).build();
    }

    private static MockResponse bytes(String contentType, byte[] body) {
        return new MockResponse.Builder().setHeader("Content-Type", contentType).body(new Buffer().write(body))
                .build();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("datos/"));
            zip.closeEntry();
            for (var entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Path writeRegistry() throws IOException {
        String http = """
                    schedule: "0 0 3 * * ?"
                    http:
                      connectTimeout: 1s
                      readTimeout: 1s
                      callTimeout: 2s
                      maxAttempts: 2
                      retryDelay: 20ms
                      maxRetryDelay: 3s
                      maxBodyBytes: 1MiB
                      maxUnpackedBytes: 2MiB
                      politenessDelay: 0s
                """;
        StringBuilder registry = new StringBuilder("sources:\n");
        source(registry, "victim", "ocds-url", "url: " + victim.url("/data.json"), http);
        source(registry, "pages", "links-next", "url: " + victim.url("/page-1.json"), http);
        source(registry, "locked", "ocds-url", "url: " + victim.url("/locked.json"), http);
        source(registry, "healthy", "ocds-url", "url: " + healthy.url("/healthy.json"), http);
        source(registry, "shrinking", "ocds-url", "url: " + healthy.url("/shrinking.json"), http);
        source(registry, "unprefixed-a", "ocds-url", "url: " + healthy.url("/unprefixed-a.json"), http);
        source(registry, "unprefixed-b", "ocds-url", "url: " + healthy.url("/unprefixed-b.json"), http);
        source(registry, "trickle", "ocds-url", "url: " + victim.url("/trickle.json"), http
                .replace("callTimeout: 2s", "callTimeout: 30s\n      minTransferRate: 1KiB\n      transferRateWindow: 1s")
                .replace("readTimeout: 1s", "readTimeout: 5s"));
        source(registry, "closing", "ocds-url", "urls: [" + closing.url("/a.json") + ", " + closing.url("/b.json")
                + ", " + closing.url("/c.json") + "]", http);
        Path file = work.resolve("registry.yaml");
        Files.writeString(file, registry);
        return file;
    }

    private static void source(StringBuilder registry, String id, String protocol, String parameter, String http) {
        registry.append("  - id: ").append(id).append("\n")
                .append("    name: Fuente de prueba ").append(id).append("\n")
                .append("    state: MX-JAL\n    level: state\n    kind: state-agency\n    status: active\n")
                .append("    protocol: ").append(protocol).append("\n")
                .append("    parameters:\n      ").append(parameter).append("\n")
                .append(http);
    }
}
