package org.ocdsnacional.api.limits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.TestApi;
import org.ocdsnacional.api.TestApi.Answer;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Introspection bounded when on, refused when configured off, and graphql-java's own errors with codes. */
class IntrospectionHttpTest {

    private static TestApi open;
    private static TestApi closed;

    @BeforeAll
    static void start() {
        ApiConfig defaults = ApiConfig.DEFAULTS;
        open = TestApi.start(defaults);
        closed = TestApi.start(new ApiConfig(defaults.limits(), defaults.budget(), defaults.timeout(),
                defaults.corsOrigins(), false, Optional.empty(), PagingConfig.DEFAULTS, List.of(), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        open.close();
        closed.close();
    }

    @Test
    void introspectionInBadFaithIsTooComplex() {
        Answer answer = open.post("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } }"
                + " } } }");
        assertEquals(QueryRejected.TOO_COMPLEX, answer.code(), answer.body().toString());
        assertTrue(answer.message().contains("good faith"), answer.message());
    }

    @Test
    void introspectionConfiguredOffIsRefusedButTypeNamesStillWork() {
        Answer refused = closed.post("{ __schema { types { name } } }");
        assertEquals("INTROSPECTION_DISABLED", refused.code(), refused.body().toString());
        assertTrue(refused.message().contains("api.introspection"), refused.message());
        Answer typename = closed.post("{ __typename }");
        assertEquals("Query", typename.body().at("/data/__typename").asText(), typename.body().toString());
    }

    @Test
    void syntaxAndValidationErrorsCarryCodes() {
        assertEquals("GRAPHQL_PARSE_FAILED", open.post("{ sources { ").code());
        Answer unknown = open.post("{ nope }");
        assertEquals("GRAPHQL_VALIDATION_FAILED", unknown.code(), unknown.body().toString());
        assertTrue(unknown.message().contains("nope"), unknown.message());
    }
}
