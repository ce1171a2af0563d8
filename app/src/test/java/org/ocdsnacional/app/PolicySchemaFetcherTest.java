package org.ocdsnacional.app;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.schema.HttpSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaNotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extension URLs come from publishers: the schema source fetches them under the harvester's HTTP policy (issue 13
 * item 8), against a real local server.
 */
class PolicySchemaFetcherTest {

    private static final String EXTENSION = "{\"name\":{\"es\":\"Extensión local\"},\"schemas\":[]}";

    @TempDir
    Path work;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/huge/extension.json") ? new byte[5 << 20]
                    : EXTENSION.getBytes(StandardCharsets.UTF_8);
            int status = path.equals("/missing/extension.json") ? 404 : 200;
            if (path.equals("/away/extension.json")) {
                exchange.getResponseHeaders().set("Location", "http://10.255.255.1/extension.json");
                status = 302;
                body = new byte[0];
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aLoopbackOrPrivateExtensionIsNeverAskedAndReadsTheSameWhetherItAnswersOrNot() throws IOException {
        HttpSchemaSource source = HttpSchemaSource.create(PolicySchemaFetcher.create(work.resolve("w")),
                work.resolve("cache"), Duration.ofHours(1));
        List<URI> refused = List.of(local("/ext/extension.json"),
                URI.create("http://127.0.0.1:" + closedPort() + "/ext/extension.json"),
                URI.create("http://localhost:" + server.getAddress().getPort() + "/ext/extension.json"),
                URI.create("http://10.255.255.1/ext/extension.json"),
                URI.create("http://169.254.169.254/latest/meta-data/extension.json"));
        for (URI url : refused) {
            IOException e = assertThrows(IOException.class, () -> source.read(url), url::toString);
            assertEquals("Could not download " + url + ": " + PolicySchemaFetcher.UNAVAILABLE, e.getMessage());
        }
        assertEquals(0, requests.get(), "no request reached the local server");
        assertFalse(Files.exists(work.resolve("cache").resolve("127.0.0.1")), "nothing cached");
    }

    @Test
    void anOversizedExtensionIsRefusedAndNotCached() {
        HttpSchemaSource source = HttpSchemaSource.create(PolicySchemaFetcher.create(work.resolve("w"), loopback()),
                work.resolve("cache"), Duration.ofHours(1));
        URI huge = local("/huge/extension.json");
        IOException e = assertThrows(IOException.class, () -> source.read(huge));
        assertTrue(e.getMessage().endsWith(PolicySchemaFetcher.UNAVAILABLE), e.getMessage());
        assertFalse(Files.exists(work.resolve("cache").resolve("127.0.0.1")), "nothing cached");
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedInTheSameWords() {
        HttpSchemaSource source = HttpSchemaSource.create(PolicySchemaFetcher.create(work.resolve("w"),
                        PolicySchemaFetcher.OPTIONS.toBuilder().maxAttempts(1).build()), work.resolve("cache"),
                Duration.ofHours(1));
        IOException e = assertThrows(IOException.class, () -> source.read(local("/away/extension.json")));
        assertTrue(e.getMessage().endsWith(PolicySchemaFetcher.UNAVAILABLE), e.getMessage());
    }

    @Test
    void aPublicServersOwnAnswersAreToldApart() throws IOException {
        HttpSchemaSource source = HttpSchemaSource.create(PolicySchemaFetcher.create(work.resolve("w"), loopback()),
                work.resolve("cache"), Duration.ofHours(1));
        assertEquals(EXTENSION, source.read(local("/ext/extension.json")));
        assertThrows(SchemaNotFoundException.class, () -> source.read(local("/missing/extension.json")));
    }

    @Test
    void nothingIsPreparedUntilAFileIsFetched() throws IOException {
        // Most validations fetch nothing: the HTTP client and its download folder cost a short command's start-up
        // (and the folder would be left in the user's working folder for nothing).
        Path downloads = work.resolve("w");
        PolicySchemaFetcher fetcher = PolicySchemaFetcher.create(downloads, loopback());
        assertFalse(Files.exists(downloads), "no download folder before a fetch");

        assertEquals(EXTENSION, fetcher.fetch(local("/ext/extension.json")));
        assertTrue(Files.isDirectory(downloads), "the download folder once something is fetched");
    }

    /** The policy with loopback allowed, standing in for a public server in these tests. */
    private static org.ocdsnacional.harvester.registry.HttpOptions loopback() {
        return PolicySchemaFetcher.OPTIONS.toBuilder().allowPrivateAddresses(true).maxAttempts(1).build();
    }

    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
