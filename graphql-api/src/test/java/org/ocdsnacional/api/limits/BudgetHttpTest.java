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

    private static final long READING = 1 + COSTS_60.length() / 100;
    private static final long PRICE = 60 + READING;

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(new ApiConfig(new QueryLimits(100, 12, 20_000, 5_000, 1024 * 1024),
                new BudgetConfig(100, 10),
                Duration.ofSeconds(10), List.of("*"), true, Optional.empty(), PagingConfig.DEFAULTS, List.of(), Optional.empty()));
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
        assertEquals(READING, first.cost().path("reading").asLong());
        assertEquals(100 - PRICE, first.cost().path("remaining").asLong(), first.cost().toString());
        assertEquals(100, first.cost().path("budget").asLong());
        assertEquals(10.0, first.cost().path("refillPerSecond").asDouble());

        Answer refused = api.post(COSTS_60);
        assertEquals(429, refused.status(), refused.body().toString());
        assertEquals(QueryRejected.RATE_LIMITED, refused.code());
        long retryAfter = Long.parseLong(refused.response().headers().firstValue("Retry-After").orElseThrow());
        long missing = PRICE - (100 - PRICE - READING);
        assertTrue(retryAfter >= missing / 10 - 1 && retryAfter <= missing / 10 + 1,
                "the refused query paid for its reading; " + missing + " points missing at 10 per second: "
                        + retryAfter);
        assertEquals(retryAfter, refused.body().at("/errors/0/extensions/retryAfterSeconds").asLong());
        assertTrue(refused.message().contains("costs " + PRICE + " points")
                && refused.message().contains("retry in " + retryAfter + " s"),
                refused.message());
        assertTrue(refused.cost().path("remaining").asLong() < PRICE, refused.cost().toString());

        Thread.sleep(Duration.ofSeconds(retryAfter));
        Answer again = api.post(COSTS_60);
        assertEquals(200, again.status(), again.body().toString());
    }

    @Test
    void refusedQueriesPayForTheirReadingUntilTheClientIsRefusedUnread() {
        String invalid = "{ nope" + " ".repeat(1_000) + "}";
        long reading = 1 + invalid.length() / 100;
        Answer refused = api.post(invalid);
        assertEquals(reading, refused.cost().path("reading").asLong(), refused.body().toString());
        assertEquals(100 - reading, refused.cost().path("remaining").asLong(), refused.body().toString());
        int answered = 1;
        Answer last = refused;
        while (last.status() != 429 && answered < 100) {
            last = api.post(invalid);
            answered++;
        }
        assertEquals(429, last.status(), "the budget ran out after " + answered + " invalid queries");
        assertEquals(QueryRejected.RATE_LIMITED, last.code());
        assertTrue(answered <= 100 / reading + 2, "about one per " + reading + " points: " + answered);
    }

    @Test
    void aForwardedForHeaderDoesNotBuyAFreshBudget() {
        assertEquals(200, api.post(COSTS_60, "X-Forwarded-For", "198.51.100.1").status());
        Answer spoofed = api.post(COSTS_60, "X-Forwarded-For", "198.51.100.2", "Forwarded", "for=198.51.100.3");
        assertEquals(429, spoofed.status(), "the budget is the connection's address: " + spoofed.body());
    }

    @Test
    void aFreshBearerTokenDoesNotBuyAFreshBudget() {
        assertEquals(200, api.post(COSTS_60, "Authorization", "Bearer alice").status());
        Answer bob = api.post(COSTS_60, "Authorization", "Bearer bob");
        assertEquals(429, bob.status(), "the budget is the address's: " + bob.body());
    }
}
