package org.ocdsnacional.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocdsnacional.api.TestApi.Answer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad values of arguments and malformed requests, over HTTP against the real server: each one a JSON answer below
 * HTTP 500 whose error has a code and a message in Spanish and English. The server has no search backend: a bad value
 * must be refused before any data fetcher runs (one that ran would fail with an internal error).
 */
class InputErrorsHttpTest {

    private static final String AMOUNT_QUERY = "{ processes(filter: {amount: {min: %s}}) { totalCount } }";
    private static final String AMOUNT_VARIABLE = "query($min: Decimal) { processes(filter: {amount: {min: $min}}) "
            + "{ totalCount } }";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(ApiConfig.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"1,000\"", "\"abc\"", "\"NaN\"", "\"  \"", "\"\"", "1e1000", "\"1e1000\"",
            "\"1e-100000000\"", "1e-100000000", "1e30000000", "true", "[1]", "{a: 1}"})
    @Timeout(60)
    void aBadAmountLiteralIsABadUserInputError(String literal) {
        Answer answer = api.post(AMOUNT_QUERY.formatted(literal));
        assertClientError(answer, 200, "BAD_USER_INPUT");
        assertTrue(answer.message().contains("min»"), answer.message());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"1,000", "abc", "NaN", "  ", "", "1e1000", "1e-100000000", "1e30000000"})
    @Timeout(60)
    void aBadAmountVariableIsABadUserInputError(String text) {
        Answer answer = api.post(AMOUNT_VARIABLE, Map.of("min", text));
        assertClientError(answer, 200, "BAD_USER_INPUT");
        assertTrue(answer.message().contains("min»"), answer.message());
    }

    @Test
    void anAmountOutOfRangeSaysTheAcceptedRange() {
        for (Answer answer : List.of(api.post(AMOUNT_QUERY.formatted("\"10000000000000000\"")),
                api.post(AMOUNT_VARIABLE, Map.of("min", new BigDecimal("1e20"))),
                api.post(AMOUNT_VARIABLE, Map.of("min", "0.0000001")))) {
            assertClientError(answer, 200, "BAD_USER_INPUT");
            assertTrue(answer.message().contains("15 cifras enteras y 6 decimales")
                    && answer.message().contains("15 integer digits and 6 decimal places"), answer.message());
        }
    }

    @Test
    void aVariableOfTheWrongTypeOrANullWhereNoneIsAllowedIsABadUserInputError() {
        assertClientError(api.post("query($n: Int) { processes(first: $n) { totalCount } }", Map.of("n", "x")), 200,
                "BAD_USER_INPUT");
        Map<String, Object> none = new HashMap<>();
        none.put("o", null);
        Answer nothing = api.post("query($o: String!) { process(ocid: $o) { key } }", none);
        assertClientError(nothing, 200, "BAD_USER_INPUT");
        assertTrue(nothing.message().startsWith("La variable «o»") && nothing.message().contains("es nula"),
                nothing.message());
    }

    @Test
    void valuesOfTheQueryAreQuotedAsTheClientWroteThemNotAsSyntaxTrees() {
        Answer extraField = api.post("{ processes(filter: {text: \"cómputo\", first: [1, $v], b: null}) "
                + "{ totalCount } }");
        assertClientError(extraField, 200, "BAD_USER_INPUT");
        assertTrue(extraField.message().contains("«{text: \"cómputo\", first: [1, $v], b: null}»"),
                extraField.message());
        Answer unknownState = api.post("{ processes(filter: {states: [JALISCO]}) { totalCount } }");
        assertClientError(unknownState, 200, "BAD_USER_INPUT");
        assertTrue(unknownState.message().startsWith("El argumento «filter.states[0]» no es un «State» válido")
                && unknownState.message().contains("«JALISCO» no es uno de los valores"), unknownState.message());
    }

    @Test
    @Timeout(60)
    void aNumberWithAHugeExponentInTheVariablesIsRefusedBeforeItIsRead() {
        for (String number : List.of("1e30000000", "1e-100000000", "-1e999999999")) {
            Answer answer = api.postRaw("{\"query\": \"query($n: Int) { processes(first: $n) { totalCount } }\", "
                    + "\"variables\": {\"n\": " + number + "}}");
            assertClientError(answer, 400, "BAD_REQUEST");
            assertTrue(answer.message().contains("fuera de rango"), answer.message());
        }
    }

    @Test
    void anEmptyBodyIsABadRequestInJson() {
        for (String body : List.of("", "   ", "\n")) {
            Answer answer = api.postRaw(body);
            assertClientError(answer, 400, "BAD_REQUEST");
            assertTrue(answer.message().contains("vacío"), answer.message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{", "{\"query\": }", "nope", "{\"query\": \"{ __typename }\"} trailing",
            "[]", "\"{ __typename }\"", "42", "{\"query\": 1}", "{\"variables\": {}}",
            "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
            "{\"query\": \"{ __typename }\", \"variables\": [1]}",
            "{\"query\": \"{ __typename }\", \"operationName\": 5}"})
    void aBodyThatIsNotAGraphQlRequestIsABadRequestWithoutTheParsersWords(String body) {
        Answer answer = api.postRaw(body);
        assertClientError(answer, 400, "BAD_REQUEST");
    }

    @Test
    void jsonTooDeeplyNestedIsABadRequest() {
        Answer answer = api.postRaw("{\"query\": \"{ __typename }\", \"variables\": {\"v\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + "}}");
        assertClientError(answer, 400, "BAD_REQUEST");
        assertTrue(answer.message().contains("límites de JSON"), answer.message());
    }

    @Test
    void variablesOfAGetThatAreNotJsonAreABadRequest() {
        Answer answer = api.get("/graphql?query=%7B__typename%7D&variables=%7B");
        assertClientError(answer, 400, "BAD_REQUEST");
        assertTrue(answer.message().contains("«variables»"), answer.message());
    }

    /** An answer to a client's mistake: the status, JSON, the code, a message in Spanish and English, no internals. */
    static void assertClientError(Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body().toString());
        assertTrue(answer.response().headers().firstValue("Content-Type").orElse("").contains("json"),
                answer.response().headers().toString());
        assertEquals(code, answer.code(), answer.body().toString());
        assertEquals(List.of(), ClientErrors.problems(answer.body().path("errors").path(0)), answer.message());
        assertFalse(answer.message().contains("Unexpected") || answer.message().contains("Source:"),
                answer.message());
    }
}
