package org.ocdsnacional.api.limits;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.api.TestApi.Answer;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-client budget over HTTP: 100 points, 10 back per second; each query below costs 60. */
class BudgetHttpTest {

    private static final String COSTS_60 = "{ " + IntStream.range(0, 60).mapToObj(i -> "a" + i + ": __typename")
            .collect(Collectors.joining(" ")) + " }";

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(new ApiConfig(new QueryLimits(100, 12, 20_000, 5_000, 1024 * 1024), new BudgetConfig(100, 10),
                Duration.ofSeconds(10), List.of("*"), true, Optional.empty(), PagingConfig.DEFAULTS));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aClientOverItsBudgetWaitsRetryAfterAndIsServedAgain() throws InterruptedException {
        Answer first = api.post(COSTS_60);
        assertEquals(200, first.status(), first.body().toString());
        assertEquals(60, first.cost().path("requested").asLong());
        assertEquals(40, first.cost().path("remaining").asLong(), first.cost().toString());
        assertEquals(100, first.cost().path("budget").asLong());
        assertEquals(10.0, first.cost().path("refillPerSecond").asDouble());

        Answer refused = api.post(COSTS_60);
        assertEquals(429, refused.status(), refused.body().toString());
        assertEquals(QueryRejected.RATE_LIMITED, refused.code());
        long retryAfter = Long.parseLong(refused.response().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "at most 20 points missing at 10 per second: " + retryAfter);
        assertEquals(retryAfter, refused.body().at("/errors/0/extensions/retryAfterSeconds").asLong());
        assertTrue(refused.message().contains("costs 60 points")
                && refused.message().contains("retry in " + retryAfter + " s"),
                refused.message());
        assertTrue(refused.cost().path("remaining").asLong() < 60, refused.cost().toString());

        Thread.sleep(Duration.ofSeconds(retryAfter));
        Answer again = api.post(COSTS_60);
        assertEquals(200, again.status(), again.body().toString());
    }

    @Test
    void aFreshBearerTokenDoesNotBuyAFreshBudget() {
        assertEquals(200, api.post(COSTS_60, "Authorization", "Bearer alice").status());
        Answer bob = api.post(COSTS_60, "Authorization", "Bearer bob");
        assertEquals(429, bob.status(), "the budget is the address's: " + bob.body());
    }
}
