package org.ocdsnacional.api.limits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.FakeAdmin;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.api.TestApi.Answer;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline over HTTP: a server whose only slow field is an admin mutation that takes 20 s. The server is
 * warmed up first, so that the deadline usually falls while that field runs.
 */
class DeadlineHttpTest {

    private static final String TOKEN = "q3Jx8vZp0mW4kL7nR2tY6uB9cE1fH5gA3dS8jK0lP4o";

    private static final FakeAdmin ADMIN = FakeAdmin.slow(Duration.ofSeconds(20));

    private static TestApi api;

    @BeforeAll
    static void start() {
        ApiConfig defaults = ApiConfig.DEFAULTS;
        api = TestApi.start(new ApiConfig(defaults.limits(), defaults.budget(), Duration.ofMillis(300),
                defaults.corsOrigins(), true, Optional.of(TOKEN), PagingConfig.DEFAULTS, List.of(), Optional.empty()), ADMIN, List.of());
        api.post("{ __typename }");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aSlowQueryIsCancelledAtTheDeadline() throws InterruptedException {
        long started = System.nanoTime();
        Answer answer = api.post("mutation { reloadRegistry { sources } }", "Authorization", "Bearer " + TOKEN);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        LimitsHttpTest.assertRefused(answer, QueryRejected.TIMEOUT);
        assertTrue(answer.message().contains("0.3 s"), answer.message());
        assertTrue(tookMillis < 5_000, "answered at the deadline, not when the work ended: " + tookMillis + " ms");
        boolean interrupted = ADMIN.interrupted.await(5, TimeUnit.SECONDS);
        assertTrue(interrupted || ADMIN.started.getCount() == 1,
                "the slow work was interrupted, or (on a loaded machine) cancelled before it began");
    }
}
