package org.ocdsnacional.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocdsnacional.api.TestApi.Answer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocdsnacional.api.InputErrorsHttpTest.assertClientError;

/**
 * graphql-java's own errors, and the server's answers outside GraphQL, over HTTP: each in Spanish first with the
 * English beside it, in the project's words, keeping graphql-java's details (names and locations); never plain text.
 */
class ErrorMessagesHttpTest {

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
    @CsvSource(delimiter = '|', value = {
            "{ processes(|GRAPHQL_PARSE_FAILED|Sintaxis inválida|Invalid syntax",
            "{ processes { totalCount } } }|GRAPHQL_PARSE_FAILED|sobra texto|extra tokens",
            "{ nope }|GRAPHQL_VALIDATION_FAILED|El campo «nope» no existe en el tipo «Query»|Field 'nope' in type 'Query' is undefined",
            "{ processes(nope: 1) { totalCount } }|GRAPHQL_VALIDATION_FAILED|no tiene un argumento «nope»|Unknown field argument 'nope'",
            "{ process { key } }|GRAPHQL_VALIDATION_FAILED|Falta el argumento obligatorio «ocid»|Missing field argument 'ocid'",
            "{ processes }|GRAPHQL_VALIDATION_FAILED|requiere que elija sus subcampos|Subselection required",
            "{ sources { id { x } } }|GRAPHQL_VALIDATION_FAILED|no tiene subcampos|Subselection not allowed",
            "query($x: Int) { sources { id } }|GRAPHQL_VALIDATION_FAILED|La variable «x» no se usa|Unused variable 'x'",
            "{ processes(first: \"x\") { totalCount } }|BAD_USER_INPUT|El argumento «first» no es un «Int» válido|Expected an AST type of 'IntValue'",
            "{ process(ocid: null) { key } }|BAD_USER_INPUT|«ocid»|'ocid'",
            "subscription { sources { id } }|GRAPHQL_VALIDATION_FAILED|no admite operaciones «Subscription»|not supported by the schema",
            "query A { __typename } query B { __typename }|BAD_USER_INPUT|diga cuál ejecutar con «operationName»|Must provide operation name",
    })
    void graphQlJavasErrorsAreSpanishFirstWithTheEnglishAndTheirDetails(String query, String code, String spanish,
                                                                     String english) {
        Answer answer = api.post(query);
        assertClientError(answer, 200, code);
        String message = answer.message();
        int separator = message.indexOf(" / ");
        assertTrue(message.substring(0, separator).contains(spanish), message);
        assertTrue(message.substring(separator).contains(english), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ processes(first: \"x\") { totalCount } }", "{ process(ocid: null) { key } }",
            "{ processes(filter: {nope: 1}) { totalCount } }", "{ nope }"})
    void theSpanishHalfSaysWhereWithoutGraphQlJavasClassification(String query) {
        String message = api.post(query).message();
        String spanish = message.substring(0, message.indexOf(" / "));
        assertFalse(spanish.matches(".*\\(\\w+@\\[.*|.*\\((WrongType|FieldUndefined)\\).*"), message);
        assertTrue(spanish.contains("(en «process") || query.equals("{ nope }"), message);
    }

    @Test
    void anErrorKeepsItsLocation() {
        Answer answer = api.post("{\n  sources { id }\n  nope\n}");
        assertEquals(3, answer.body().at("/errors/0/locations/0/line").asInt(), answer.body().toString());
        assertEquals(3, answer.body().at("/errors/0/locations/0/column").asInt());
    }

    @Test
    void anUnknownOperationNameIsNamed() {
        Answer answer = api.post(Map.of("query", "query A { __typename }", "operationName", "B"));
        assertClientError(answer, 200, "BAD_USER_INPUT");
        assertTrue(answer.message().startsWith("La consulta no tiene una operación llamada «B»"), answer.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/nope", "/graphql/nope", "/ocds/nope", "/graphiql/../etc/passwd"})
    void anUnknownPathIsABilingualNotFoundInJsonThatSaysWhereTheApiIs(String path) {
        Answer answer = api.get(path);
        assertClientError(answer, 404, "NOT_FOUND");
        assertTrue(answer.message().contains("/graphql") && answer.message().contains("GraphiQL"), answer.message());
        assertFalse(answer.response().body().contains("Endpoint not found"), answer.response().body());
    }

    @Test
    void aMethodNoRouteTakesIsANotFoundToo() {
        HttpResponse<String> put = api.send(HttpRequest.newBuilder(api.uri("/graphql"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertClientError(Answer.of(put), 404, "NOT_FOUND");
        assertTrue(put.body().contains("PUT /graphql"), put.body());
    }

    @Test
    void aBodyOverTheLimitIsABilingualPayloadTooLargeInJson() {
        // Expect: 100-continue lets the client read the refusal before it sends the body; without it the
        // server's close after its 413 can reach the client as a reset while it is still writing.
        HttpResponse<String> large = api.send(HttpRequest.newBuilder(api.uri("/graphql"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertClientError(Answer.of(large), 413, "PAYLOAD_TOO_LARGE");
    }
}
