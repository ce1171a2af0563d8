package org.ocdsnacional.harvester.http;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.registry.HttpOptions;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.TestSources;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpFetcherTest {

    private static final HttpOptions ONCE = TestSources.FAST.toBuilder().maxAttempts(1).build();

    @TempDir
    Path workDir;

    private LocalPublisher publisher;

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void streamsTheBodyToATemporaryFileThatClosingDeletes() throws Exception {
        publisher.json("/data.json", "{\"releases\":[]}");
        Fetched fetched = fetcher(TestSources.FAST).get(publisher.url("/data.json"));
        try (fetched) {
            assertEquals(Optional.of(200), fetched.status());
            assertEquals(15, fetched.bytes());
            assertEquals("{\"releases\":[]}", Files.readString(fetched.file()));
            assertEquals(workDir, fetched.file().getParent());
        }
        assertFalse(Files.exists(fetched.file()));
    }

    @Test
    void sendsTheSourcesUserAgent() throws Exception {
        publisher.json("/data.json", "{}");
        HttpOptions browser = TestSources.FAST.toBuilder().userAgent(HttpOptions.BROWSER_USER_AGENT).build();
        fetcher(browser).get(publisher.url("/data.json")).close();
        assertEquals(HttpOptions.BROWSER_USER_AGENT, publisher.requests().getFirst().getHeaders().get("User-Agent"));
    }

    @Test
    void reportsAnErrorStatusWithTheStartOfTheBody() {
        publisher.respond("/data.json", 500, "text/plain", "Internal Server Error\n  at line 3");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(ONCE).get(publisher.url("/data.json")));
        assertEquals(Optional.of(500), e.status());
        assertEquals(publisher.url("/data.json"), e.url());
        assertEquals("El servidor respondió HTTP 500 / The server answered HTTP 500: Internal Server Error at line 3",
                e.reason());
    }

    @Test
    void neverQuotesTheErrorBodyOfAnAuthenticatedRequest() {
        publisher.respond("/token", 400, "application/json", "{\"error\":\"invalid_grant for request: "
                + "password=hunter2&client_secret=s3cr3t\"}");
        FetchRequest request = FetchRequest.get(publisher.url("/token")).withHeader("Authorization", "Bearer t0k3n");
        FetchException e = assertThrows(FetchException.class, () -> fetcher(ONCE).fetch(request));
        assertEquals("El servidor respondió HTTP 400 / The server answered HTTP 400", e.reason());
        for (String shown : List.of(e.reason(), e.detail(), e.getMessage())) {
            assertFalse(shown.contains("hunter2") || shown.contains("s3cr3t") || shown.contains("invalid_grant"),
                    shown);
        }
        assertTrue(e.detail().contains("authenticated: body not kept"), e.detail());
    }

    @Test
    void redactsCredentialsInTheErrorBodyOfAnyOtherRequest() {
        publisher.respond("/data.json", 503, "text/plain", "Mantenimiento; debug: access_token=abc123xyz");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(ONCE).get(publisher.url("/data.json")));
        assertEquals("El servidor respondió HTTP 503 / The server answered HTTP 503: Mantenimiento; debug: "
                + "access_token=[REDACTED]", e.reason());
        assertFalse(e.detail().contains("abc123xyz"), e.detail());
        assertTrue(e.detail().contains("Mantenimiento"), e.detail());
    }

    @Test
    void aBodyTricklingUnderTheMinimumRateIsAbandonedWithoutRetrying() {
        publisher.respond("/data.json", new MockResponse.Builder().body("[" + " ".repeat(8192) + "]")
                .throttleBody(64, 250, TimeUnit.MILLISECONDS).build());
        HttpOptions slowAllowed = TestSources.FAST.toBuilder().minTransferRate(1024)
                .transferRateWindow(Duration.ofSeconds(1)).callTimeout(Duration.ofMinutes(5)).build();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(slowAllowed).get(publisher.url("/data.json")));
        assertEquals(FetchException.Kind.REFUSED, e.kind());
        assertTrue(e.reason().startsWith("La respuesta llegó más lenta que el mínimo de 1024 bytes/s"), e.reason());
        assertTrue(e.reason().contains("http.minTransferRate"), e.reason());
        assertEquals(1, publisher.requests().size(), "not retried");
    }

    @Test
    void anErrorBodyTricklingUnderTheMinimumRateIsAbandonedToo() {
        publisher.respond("/data.json", new MockResponse.Builder().code(502).body("x".repeat(2048))
                .throttleBody(16, 250, TimeUnit.MILLISECONDS).build());
        HttpOptions slowAllowed = ONCE.toBuilder().minTransferRate(1024).transferRateWindow(Duration.ofSeconds(1))
                .callTimeout(Duration.ofMinutes(5)).build();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(slowAllowed).get(publisher.url("/data.json")));
        assertTrue(e.reason().contains("http.minTransferRate"), e.reason());
    }

    @Test
    void aBodyAboveTheMinimumRateIsRead() throws Exception {
        publisher.respond("/data.json", new MockResponse.Builder().body("[" + " ".repeat(200_000) + "]")
                .throttleBody(64 * 1024, 100, TimeUnit.MILLISECONDS).build());
        HttpOptions rate = TestSources.FAST.toBuilder().minTransferRate(1024)
                .transferRateWindow(Duration.ofMillis(200)).build();
        try (Fetched fetched = fetcher(rate).get(publisher.url("/data.json"))) {
            assertEquals(200_002, fetched.bytes());
        }
    }

    @Test
    void reportsAnUnreachableHost() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + closedPort() + "/data.json");
        FetchException e = assertThrows(FetchException.class, () -> fetcher(TestSources.FAST).get(closed));
        assertTrue(e.reason().startsWith("No se pudo conectar / Could not connect: "), e.reason());
        assertEquals(Optional.empty(), e.status());
    }

    @Test
    void refusesABodyOverTheCapAndLeavesNoFileBehind() throws Exception {
        publisher.json("/big.json", "[" + "0,".repeat(600) + "0]");
        HttpOptions small = TestSources.FAST.toBuilder().maxBodyBytes(1000).build();
        FetchException e = assertThrows(FetchException.class, () -> fetcher(small).get(publisher.url("/big.json")));
        assertTrue(e.reason().contains("supera el límite de 1000 bytes / The response exceeds the limit"),
                e.reason());
        publisher.respond("/chunked.json", new MockResponse.Builder().chunkedBody("[" + "0,".repeat(600) + "0]", 100)
                .build());
        assertThrows(FetchException.class, () -> fetcher(small).get(publisher.url("/chunked.json")));
        try (var left = Files.list(workDir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void reportsATimeout() {
        publisher.respond("/slow.json", new MockResponse.Builder().body("{}").headersDelay(2, TimeUnit.SECONDS)
                .build());
        HttpOptions impatient = ONCE.toBuilder().readTimeout(Duration.ofMillis(300)).build();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher(impatient).get(publisher.url("/slow.json")));
        assertTrue(e.reason().startsWith("Tiempo de espera agotado / Timed out"), e.reason());
    }

    @Test
    void readsFileUrlsInPlaceAndKeepsThem() throws Exception {
        Path file = Files.writeString(workDir.resolve("local.json"), "{\"releases\":[]}");
        Fetched fetched = trusting(file.toUri()).get(file.toUri());
        fetched.close();
        assertEquals(file, fetched.file());
        assertEquals(Optional.empty(), fetched.status());
        assertTrue(Files.exists(file));
    }

    @Test
    void reportsAMissingFileAndAnUnsupportedScheme() {
        URI absent = workDir.resolve("absent.json").toUri();
        FetchException missing = assertThrows(FetchException.class, () -> trusting(absent).get(absent));
        assertTrue(missing.reason().startsWith("No existe el archivo / No such file"), missing.reason());
        FetchException ftp = assertThrows(FetchException.class,
                () -> fetcher(TestSources.FAST).get(URI.create("ftp://example.org/a.json")));
        assertTrue(ftp.reason().startsWith("Esquema de URL no admitido / Unsupported URL scheme: ftp"), ftp.reason());
    }

    @Test
    void readsOnlyTheFilesTheRegistryNames() throws Exception {
        Path secret = Files.writeString(workDir.resolve("secret.json"), "{}");
        FetchException notNamed = assertThrows(FetchException.class,
                () -> fetcher(TestSources.FAST).get(secret.toUri()));
        assertTrue(notNamed.reason().startsWith("Solo se leen los archivos escritos en el registro"),
                notNamed.reason());
        URI device = URI.create("file:///dev/zero");
        FetchException special = assertThrows(FetchException.class, () -> trusting(device).get(device));
        assertTrue(special.reason().startsWith("No es un archivo regular"), special.reason());
    }

    private Fetcher trusting(URI file) throws IOException {
        return HttpFetcher.factory(workDir).create(FetchContext.forSource(TestSources.FAST, List.of(file.toString()),
                FetchObserver.NONE));
    }

    private Fetcher fetcher(HttpOptions options) throws IOException {
        return HttpFetcher.factory(workDir).create(FetchContext.of(options.toBuilder().allowPrivateAddresses(true)
                .build()));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
