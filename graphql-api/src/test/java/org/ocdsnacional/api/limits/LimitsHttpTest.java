package org.ocdsnacional.api.limits;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.api.TestApi.Answer;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each per-query limit, triggered over HTTP against the real server. The server has no search backend: a refused
 * query that ran anyway would fail with an internal error instead of the expected code.
 */
class LimitsHttpTest {

    private static final QueryLimits LIMITS = new QueryLimits(500, 4, 2_000, 200, 1024 * 1024);

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new ApiConfig(LIMITS, new BudgetConfig(0, 0), Duration.ofSeconds(30), List.of("*"), true,
                Optional.empty(), PagingConfig.DEFAULTS, List.of(), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aQueryOverTheMaximumCostIsRefusedBeforeItRuns() {
        Answer answer = api.post("{ processes(first: 100) { edges { node { ocid title description } } } }");
        assertRefused(answer, QueryRejected.TOO_COMPLEX);
        assertTrue(answer.message().contains("501") && answer.message().contains("500"), answer.message());
        assertEquals(501, answer.cost().path("requested").asLong(), "1 + 100 × (edges 1 + node (1 + 3))");
        assertEquals(500, answer.cost().path("limit").asInt());
    }

    @Test
    void theSameTextCostsWhatItsVariablesAskForEveryTime() {
        String query = "query($n: Int) { processes(first: $n) { edges { node { ocid title description } } } }";
        for (int round = 0; round < 2; round++) {
            assertEquals(501, api.post(query, Map.of("n", 100)).cost().path("requested").asLong(), "round " + round);
            assertEquals(51, api.post(query, Map.of("n", 10)).cost().path("requested").asLong(), "round " + round);
        }
        assertRefused(api.post(query, Map.of("n", 100)), QueryRejected.TOO_COMPLEX);
    }

    @Test
    void aQueryNestedTooDeepIsRefused() {
        Answer answer = api.post("{ processes(first: 1) { edges { node { buyer { name } } } } }");
        assertRefused(answer, QueryRejected.TOO_DEEP);
        assertTrue(answer.message().contains("5") && answer.message().contains("4"), answer.message());
    }

    @Test
    void aQueryWithTooManyCharactersIsRefused() {
        Answer answer = api.post("{ __typename " + " ".repeat(LIMITS.maxCharacters()) + "}");
        assertRefused(answer, QueryRejected.TOO_LARGE);
        assertTrue(answer.message().contains("2000"), answer.message());
    }

    @Test
    void aQueryWithTooManyTokensIsRefused() {
        String aliases = IntStream.range(0, 100).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" "));
        assertTrue(aliases.length() < LIMITS.maxCharacters(), "few characters, 300 tokens");
        assertRefused(api.post("{ " + aliases + " }"), QueryRejected.TOO_LARGE);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\",\"x\":\""
                        + " ".repeat(1024 * 1024) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
    }

    @Test
    void theCostOfAnAnsweredQueryIsReported() {
        Answer answer = api.post("{ __typename }");
        assertEquals("Query", answer.body().at("/data/__typename").asText(), answer.body().toString());
        assertEquals(1, answer.cost().path("requested").asLong());
        assertEquals(500, answer.cost().path("limit").asInt());
        assertTrue(answer.cost().path("remaining").isMissingNode(), "no budgets, no remaining: " + answer.cost());
    }

    @Test
    void introspectionAsToolsAskItIsAnsweredDespiteItsDepth() {
        Answer answer = api.post(IntrospectionQuery.INTROSPECTION_QUERY);
        assertFalse(answer.body().has("errors"), answer.body().path("errors").toString());
        assertEquals("Query", answer.body().at("/data/__schema/queryType/name").asText());
        assertEquals("Mutation", answer.body().at("/data/__schema/mutationType/name").asText());
        long cost = answer.cost().path("requested").asLong();
        assertTrue(cost > 50 && cost <= LIMITS.maxCost(), "one point per introspection field: " + cost);
    }

    static void assertRefused(Answer answer, String code) {
        assertEquals(200, answer.status());
        assertEquals(code, answer.code(), answer.body().toString());
        assertFalse(answer.body().has("data") && !answer.body().get("data").isNull(), answer.body().toString());
        String text = answer.body().toString();
        assertFalse(text.contains("org.ocdsnacional") || text.contains("graphql.") || text.contains("\tat "),
                "no class names or stack frames: " + text);
    }
}
