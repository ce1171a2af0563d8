package org.ocdsnacional.api.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.FakeAdmin;
import org.ocdsnacional.api.LogCapture;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.api.TestApi.Answer;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admin mutations over HTTP: no token, a wrong one, the right one, and a server with administration off. */
class AdminHttpTest {

    private static final String TOKEN = "q3Jx8vZp0mW4kL7nR2tY6uB9cE1fH5gA3dS8jK0lP4o";
    private static final String RUN_NOW = "mutation { runSourceNow(source: \"jalisco\") { source state } }";

    private static TestApi api;
    private static TestApi disabled;

    @BeforeAll
    static void start() {
        api = TestApi.start(withToken(Optional.of(TOKEN)), FakeAdmin.idle(), List.of());
        disabled = TestApi.start(withToken(Optional.empty()), FakeAdmin.idle(), List.of());
    }

    @AfterAll
    static void stop() {
        api.close();
        disabled.close();
    }

    @Test
    void withoutATokenTheCallerIsUnauthenticated() {
        Answer answer = api.post(RUN_NOW);
        assertEquals("UNAUTHENTICATED", answer.code(), answer.body().toString());
        assertTrue(answer.message().contains("Authorization: Bearer"), answer.message());
        assertTrue(answer.body().at("/data/runSourceNow").isNull());
    }

    @Test
    void aWrongTokenIsForbiddenAndLoggedWithoutIt() {
        String wrong = TOKEN + "-not";
        try (LogCapture log = LogCapture.start()) {
            Answer answer = api.post(RUN_NOW, "Authorization", "Bearer " + wrong);
            assertEquals("FORBIDDEN", answer.code(), answer.body().toString());
            assertTrue(answer.body().at("/data/runSourceNow").isNull());
            List<LogCapture.Entry> refusals = log.entries().stream()
                    .filter(entry -> entry.logger().equals(AdminFetchers.class.getName())).toList();
            assertEquals(1, refusals.size(), log.entries().toString());
            String logged = refusals.getFirst().message();
            assertTrue(logged.contains("runSourceNow") && logged.contains("FORBIDDEN")
                    && logged.contains("127.0.0.1"), logged);
            assertFalse(logged.contains(wrong) || logged.contains(TOKEN), "never the token: " + logged);
        }
    }

    @Test
    void theRightTokenRunsEachOperation() {
        Answer run = api.post(RUN_NOW, "Authorization", "Bearer " + TOKEN);
        assertEquals("ACCEPTED", run.body().at("/data/runSourceNow/state").asText(), run.body().toString());
        assertEquals("jalisco", run.body().at("/data/runSourceNow/source").asText());

        Answer freeze = api.post("mutation { setSourceStatus(source: \"jalisco\", status: FROZEN) "
                + "{ source previous status } }", "Authorization", "bearer " + TOKEN);
        assertEquals("ACTIVE", freeze.body().at("/data/setSourceStatus/previous").asText(), freeze.body().toString());
        assertEquals("FROZEN", freeze.body().at("/data/setSourceStatus/status").asText());

        Answer reload = api.post("mutation { reloadRegistry { sources active } }", "Authorization", "Bearer " + TOKEN);
        assertEquals(1, reload.body().at("/data/reloadRegistry/sources").asInt(), reload.body().toString());
        assertEquals(0, reload.body().at("/data/reloadRegistry/active").asInt(), "jalisco was frozen above");
    }

    @Test
    void aGetNeverRunsAMutation() {
        FakeAdmin admin = FakeAdmin.idle();
        try (TestApi server = TestApi.start(withToken(Optional.of(TOKEN)), admin, List.of())) {
            String freeze = "mutation { setSourceStatus(source: \"jalisco\", status: FROZEN) { status } }";
            HttpResponse<String> get = server.send(HttpRequest.newBuilder(server.uri("/graphql?query="
                            + URLEncoder.encode(freeze, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, get.statusCode(), get.body());
            assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
            assertTrue(get.body().contains("\"code\":\"METHOD_NOT_ALLOWED\"") && get.body().contains("only by POST"),
                    get.body());
            Answer still = server.post("mutation { setSourceStatus(source: \"jalisco\", status: ACTIVE) { previous } }",
                    "Authorization", "Bearer " + TOKEN);
            assertEquals("ACTIVE", still.body().at("/data/setSourceStatus/previous").asText(), "nothing was frozen");
            HttpResponse<String> read = server.send(HttpRequest.newBuilder(server.uri("/graphql?query="
                    + URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), "queries are still asked by GET: " + read.body());
        }
    }

    @Test
    void anUnknownSourceIsNotFound() {
        Answer answer = api.post("mutation { runSourceNow(source: \"atlantis\") { state } }",
                "Authorization", "Bearer " + TOKEN);
        assertEquals(AdminException.NOT_FOUND, answer.code(), answer.body().toString());
        assertTrue(answer.message().contains("atlantis"), answer.message());
    }

    @Test
    void withNoTokenConfiguredAdministrationIsOff() {
        Answer answer = disabled.post(RUN_NOW, "Authorization", "Bearer anything");
        assertEquals("FORBIDDEN", answer.code(), answer.body().toString());
        assertTrue(answer.message().contains("admin.token"), answer.message());
    }

    private static ApiConfig withToken(Optional<String> token) {
        ApiConfig defaults = ApiConfig.DEFAULTS;
        return new ApiConfig(defaults.limits(), defaults.budget(), defaults.timeout(), defaults.corsOrigins(),
                defaults.introspection(), token, PagingConfig.DEFAULTS, List.of(), Optional.empty());
    }
}
