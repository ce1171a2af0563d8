package org.ocdsnacional.ocds.schema;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpSchemaSourceTest {

    private static final String SCHEMA = "{\"title\": \"Schema\"}";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The simplest fetcher; the application's applies its HTTP policy. */
    private static final SchemaFetcher PLAIN = url -> {
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                throw new SchemaNotFoundException(url, "HTTP 404 for " + url);
            }
            return answer.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    };

    @TempDir
    Path cache;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/schema/release-schema.json", exchange -> respond(exchange, 200, SCHEMA));
        server.createContext("/missing.json", exchange -> respond(exchange, 404, "not found"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsOnceAndServesTheCacheWhileItIsFresh() throws IOException {
        HttpSchemaSource source = HttpSchemaSource.create(PLAIN, cache, Duration.ofHours(1));

        assertEquals(SCHEMA, source.read(url("/schema/release-schema.json")));
        assertEquals(SCHEMA, source.read(url("/schema/release-schema.json")));

        assertEquals(1, requests.get());
        assertTrue(Files.isRegularFile(cache.resolve("127.0.0.1/schema/release-schema.json")));
    }

    @Test
    void downloadsAgainOnceTheCacheHasExpired() throws IOException {
        HttpSchemaSource source = HttpSchemaSource.create(PLAIN, cache, Duration.ZERO);

        source.read(url("/schema/release-schema.json"));
        source.read(url("/schema/release-schema.json"));

        assertEquals(2, requests.get());
    }

    @Test
    void fallsBackToTheStaleCacheWhenOffline() throws IOException {
        HttpSchemaSource source = HttpSchemaSource.create(PLAIN, cache, Duration.ZERO);
        URI url = url("/schema/release-schema.json");
        source.read(url);
        server.stop(0);

        assertEquals(SCHEMA, source.read(url));
    }

    @Test
    void failsNamingTheUrlWhenOfflineWithoutCache() {
        HttpSchemaSource source = HttpSchemaSource.create(PLAIN, cache, Duration.ofHours(1));
        URI url = url("/schema/release-schema.json");
        server.stop(0);

        IOException e = assertThrows(IOException.class, () -> source.read(url));

        assertTrue(e.getMessage().contains(url.toString()), e.getMessage());
    }

    @Test
    void notFoundIsSaidApartFromOtherFailures() {
        HttpSchemaSource source = HttpSchemaSource.create(PLAIN, cache, Duration.ofHours(1));

        SchemaNotFoundException e = assertThrows(SchemaNotFoundException.class, () -> source.read(url("/missing.json")));

        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertEquals(url("/missing.json"), e.url());
    }

    @Test
    void opensNoConnectionOfItsOwn() {
        HttpSchemaSource source = HttpSchemaSource.create(url -> {
            throw new IOException("refused by the policy");
        }, cache, Duration.ofHours(1));

        IOException e = assertThrows(IOException.class, () -> source.read(url("/schema/release-schema.json")));

        assertTrue(e.getMessage().contains("refused by the policy"), e.getMessage());
        assertEquals(0, requests.get());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void respond(HttpExchange exchange, int status, String body) throws IOException {
        requests.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
