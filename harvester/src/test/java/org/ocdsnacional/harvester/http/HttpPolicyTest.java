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
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP policy over a real local server: retries, Retry-After, redirects, addresses, conditional requests. */
class HttpPolicyTest {

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final List<FetchObserver.Attempt> attempts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void retriesA503AndHonoursRetryAfterOnA429() throws Exception {
        publisher.respond("/data.json", new MockResponse.Builder().code(503).build(),
                new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build(),
                new MockResponse.Builder().body("{}").build());
        long start = System.nanoTime();
        try (Fetched fetched = trusted(TestSources.FAST).get(publisher.url("/data.json"))) {
            assertEquals(2, fetched.bytes());
        }
        assertTrue(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(1), "waited for Retry-After");
        assertEquals(List.of(FetchObserver.Attempt.SERVER_ERROR, FetchObserver.Attempt.RETRY,
                FetchObserver.Attempt.CLIENT_ERROR, FetchObserver.Attempt.RETRY, FetchObserver.Attempt.SUCCEEDED),
                attempts);
    }

    @Test
    void refusesToWaitLongerThanTheMaximumRetryDelay() throws Exception {
        publisher.respond("/data.json", new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        FetchException e = assertThrows(FetchException.class,
                () -> trusted(TestSources.FAST).get(publisher.url("/data.json")));
        assertTrue(e.reason().contains("longer than the maximum of 2 s"), e.reason());
        assertEquals(1, publisher.requests().size());
    }

    @Test
    void doesNotRetryWhatWillNotChange() {
        publisher.respond("/data.json", 404, "application/json", "{}");
        assertThrows(FetchException.class, () -> trusted(TestSources.FAST).get(publisher.url("/data.json")));
        assertEquals(1, publisher.requests().size());
    }

    @Test
    void followsRedirectsOnTheTrustedHostButNotIntoALoopOrAPrivateAddress() throws Exception {
        publisher.respond("/old.json", redirect("/new.json")).json("/new.json", "[]");
        try (Fetched fetched = trusted(TestSources.FAST).get(publisher.url("/old.json"))) {
            assertEquals(publisher.url("/old.json"), fetched.url());
        }
        publisher.respond("/a.json", redirect("/b.json")).respond("/b.json", redirect("/a.json"));
        FetchException loop = assertThrows(FetchException.class,
                () -> trusted(TestSources.FAST).get(publisher.url("/a.json")));
        assertTrue(loop.reason().startsWith("Bucle de redirecciones"), loop.reason());
        publisher.respond("/away.json", new MockResponse.Builder().code(301)
                .setHeader("Location", "http://192.168.1.1/admin").build());
        FetchException away = assertThrows(FetchException.class,
                () -> trusted(TestSources.FAST).get(publisher.url("/away.json")));
        assertEquals(FetchException.Kind.REFUSED, away.kind());
        assertTrue(away.reason().contains("192.168.1.1"), away.reason());
    }

    @Test
    void aHostOutsideTheRegistryMustBePublicUnlessAllowed() throws Exception {
        URI local = publisher.url("/data.json");
        publisher.json("/data.json", "[]");
        Fetcher untrusted = fetcher(TestSources.FAST, Set.of());
        FetchException refused = assertThrows(FetchException.class, () -> untrusted.get(local));
        assertEquals(FetchException.Kind.REFUSED, refused.kind());
        assertEquals(0, publisher.requests().size(), "refused before connecting");
        HttpOptions open = TestSources.FAST.toBuilder().allowPrivateAddresses(true).build();
        fetcher(open, Set.of()).get(local).close();
        assertEquals(1, publisher.requests().size());
    }

    @Test
    void asksConditionallyAndHearsNotModified() throws Exception {
        publisher.respond("/data.json", new MockResponse.Builder().setHeader("ETag", "\"v1\"")
                .setHeader("Last-Modified", "Tue, 01 Jul 2025 10:00:00 GMT").body("[]").build(),
                new MockResponse.Builder().code(304).build());
        CacheValidators validators;
        try (Fetched first = trusted(TestSources.FAST).get(publisher.url("/data.json"))) {
            validators = first.validators();
        }
        assertEquals(CacheValidators.of("\"v1\"", "Tue, 01 Jul 2025 10:00:00 GMT"), validators);
        FetchOutcome second = trusted(TestSources.FAST)
                .fetch(FetchRequest.get(publisher.url("/data.json")).ifChangedSince(validators));
        assertInstanceOf(FetchOutcome.NotModified.class, second);
        assertEquals("\"v1\"", publisher.requests().get(1).getHeaders().get("If-None-Match"));
    }

    @Test
    void oneRequestAtATimePerHostWithAPauseBetween() throws Exception {
        publisher.respond("/slow.json", new MockResponse.Builder().body("[]").headersDelay(200, TimeUnit.MILLISECONDS)
                .build());
        HttpOptions polite = TestSources.FAST.toBuilder().politenessDelay(Duration.ofMillis(100)).build();
        Fetcher one = trusted(polite);
        Fetcher other = trusted(polite);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        Future<?> a = pool.submit(() -> fetchQuietly(one));
        Future<?> b = pool.submit(() -> fetchQuietly(other));
        a.get();
        b.get();
        pool.shutdown();
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(500),
                "two 200 ms requests and a 100 ms pause, one after the other");
    }

    private Void fetchQuietly(Fetcher fetcher) throws FetchException {
        fetcher.get(publisher.url("/slow.json")).close();
        return null;
    }

    private MockResponse redirect(String path) {
        return new MockResponse.Builder().code(302).setHeader("Location", publisher.url(path).toString()).build();
    }

    private FetcherFactory factory;

    private Fetcher trusted(HttpOptions options) throws IOException {
        return fetcher(options, Set.of(AddressPolicy.authority(publisher.url("/"))));
    }

    private Fetcher fetcher(HttpOptions options, Set<String> trusted) throws IOException {
        if (factory == null) {
            factory = HttpFetcher.factory(workDir);
        }
        return factory.create(new FetchContext(options, trusted, attempts::add));
    }
}
