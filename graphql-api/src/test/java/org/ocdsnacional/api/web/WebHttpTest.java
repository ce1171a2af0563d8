package org.ocdsnacional.api.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.FakeAdmin;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GraphiQL, CORS, health and metrics over HTTP, against the real server. */
class WebHttpTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final String APP = "https://app.example.org";
    private static final String ADMIN_APP = "https://admin.example.org";
    private static final AtomicBoolean SEARCH_UP = new AtomicBoolean(true);

    private static TestApi api;
    private static TestApi restricted;

    @BeforeAll
    static void start() {
        HealthCheck search = new HealthCheck() {
            @Override
            public String name() {
                return "opensearch";
            }

            @Override
            public Status check() {
                return new Status(SEARCH_UP.get(), SEARCH_UP.get() ? "cluster green" : "not reachable");
            }
        };
        api = TestApi.start(ApiConfig.DEFAULTS, FakeAdmin.idle(), List.of(search));
        ApiConfig defaults = ApiConfig.DEFAULTS;
        restricted = TestApi.start(new ApiConfig(defaults.limits(), defaults.budget(), defaults.timeout(),
                List.of(APP), true, Optional.empty(), PagingConfig.DEFAULTS, List.of(ADMIN_APP), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        api.close();
        restricted.close();
    }

    @Test
    void graphiQlIsServedWithItsAssetsFromTheApplication() {
        HttpResponse<String> page = get(api.uri("/graphiql"));
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));
        assertTrue(page.body().contains("GraphiQL.createFetcher") && page.body().contains("'/graphql'"));
        assertFalse(page.body().contains("http://") || page.body().contains("https://") || page.body().contains("//unpkg"),
                "no external URL in the page");
        List<String> assets = assets(page.body());
        assertEquals(4, assets.size(), assets.toString());
        Map<String, String> expectedTypes = Map.of(".js", "javascript", ".css", "text/css");
        for (String asset : assets) {
            assertTrue(asset.startsWith("/webjars/"), asset);
            HttpResponse<String> response = get(api.uri(asset));
            assertEquals(200, response.statusCode(), asset);
            String extension = asset.substring(asset.lastIndexOf('.'));
            assertTrue(contentType(response).contains(expectedTypes.get(extension)), asset + ": " + contentType(response));
            assertTrue(response.body().length() > 1_000, asset);
        }
    }

    @Test
    void theFaviconIsServed() {
        HttpResponse<byte[]> icon = api.send(HttpRequest.newBuilder(api.uri("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", contentType(icon));
        byte[] body = icon.body();
        assertTrue(body.length > 22 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0,
                "an ICO file: reserved 0, type 1");
        assertEquals(3, body[4], "16, 32 and 48 pixels");
    }

    @Test
    void aBrowserAppMayReadGraphQlFromAnyOriginByDefault() {
        HttpResponse<String> preflight = preflight(api, "https://anywhere.example", "content-type");
        assertEquals(204, preflight.statusCode());
        assertEquals("https://anywhere.example", preflight.headers().firstValue("Access-Control-Allow-Origin")
                .orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"),
                preflight.headers().toString());
        assertEquals("content-type", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
        HttpResponse<String> post = api.send(HttpRequest.newBuilder(api.uri("/graphql"))
                .header("Origin", "https://anywhere.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, post.statusCode());
        assertEquals("*", post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void onlyAdminOriginsMaySendTheAdminToken() {
        HttpResponse<String> anywhere = preflight(api, "https://anywhere.example", "content-type, authorization");
        assertEquals(403, anywhere.statusCode(), "a public origin reads, never administers");
        assertTrue(anywhere.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> admin = preflight(restricted, ADMIN_APP, "Content-Type, Authorization");
        assertEquals(204, admin.statusCode());
        assertEquals(ADMIN_APP, admin.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("content-type, authorization", admin.headers().firstValue("Access-Control-Allow-Headers")
                .orElse(""));
        assertEquals(403, preflight(restricted, APP, "content-type, authorization").statusCode(),
                "an origin that may read may not administer");
    }

    @Test
    void onlyConfiguredOriginsPassWhenSomeAreConfigured() {
        HttpResponse<String> allowed = preflight(restricted, APP, "content-type");
        assertEquals(204, allowed.statusCode());
        assertEquals(APP, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = preflight(restricted, "https://evil.example", "content-type");
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        assertEquals(403, other.statusCode());
        HttpResponse<String> post = restricted.send(HttpRequest.newBuilder(restricted.uri("/graphql"))
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, post.statusCode(), "nor may its simple requests");
        URI base = restricted.uri("/");
        String own = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> graphiQl = restricted.send(HttpRequest.newBuilder(restricted.uri("/graphql"))
                .header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, graphiQl.statusCode(), "the server's own pages (GraphiQL) are not cross-origin");
    }

    @Test
    void readinessSaysWhetherOpenSearchAnswersAndLivenessOnlyThatTheServerDoes() {
        SEARCH_UP.set(true);
        for (String path : List.of("/health", "/health/ready")) {
            HttpResponse<String> up = get(api.uri(path));
            assertEquals(200, up.statusCode(), path);
            assertTrue(up.body().contains("\"status\":\"UP\"") && up.body().contains("cluster green"), up.body());
        }
        SEARCH_UP.set(false);
        for (String path : List.of("/health", "/health/ready")) {
            HttpResponse<String> down = get(api.uri(path));
            assertEquals(503, down.statusCode(), path);
            assertTrue(down.body().contains("\"status\":\"DOWN\"") && down.body().contains("not reachable"),
                    down.body());
        }
        HttpResponse<String> live = get(api.uri("/health/live"));
        assertEquals(200, live.statusCode(), "alive while OpenSearch is down: a restart would not mend it");
        assertEquals("{\"status\":\"UP\"}", live.body());
        SEARCH_UP.set(true);
    }

    @Test
    void metricsArePrometheusTextByOperationAndOutcomeWithTheClientsNamesLeftOut() {
        String before = get(restricted.uri("/metrics")).body();
        restricted.post("query ClientChosenName { anAlias: __typename }");
        restricted.post("{ nope }");
        HttpResponse<String> scraped = get(restricted.uri("/metrics"));
        assertTrue(contentType(scraped).startsWith("text/plain"), contentType(scraped));
        String after = scraped.body();
        String ok = "ocds_api_requests_seconds_count{operation=\"__typename\",outcome=\"ok\"}";
        assertEquals(sample(before, ok) + 1, sample(after, ok), after);
        String invalid = "ocds_api_requests_seconds_count{operation=\"none\",outcome=\"GRAPHQL_VALIDATION_FAILED\"}";
        assertEquals(sample(before, invalid) + 1, sample(after, invalid), after);
        String errors = "ocds_api_errors_total{code=\"GRAPHQL_VALIDATION_FAILED\"}";
        assertEquals(sample(before, errors) + 1, sample(after, errors));
        assertTrue(after.contains("ocds_api_requests_seconds_bucket{operation=\"__typename\",outcome=\"ok\",le="),
                "a latency histogram");
        assertFalse(after.contains("ClientChosenName") || after.contains("anAlias"),
                "operation names and aliases are the client's: never labels");
    }

    /** The value of one sample of the Prometheus text, 0 when absent. */
    private static double sample(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }

    private static HttpResponse<String> preflight(TestApi server, String origin, String headers) {
        return server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", headers)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) {
        return api.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
