package org.ocdsnacional.api;

import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading from the query's syntax whether a path of sub-fields is asked for, through fragments of both kinds. */
class AskedFieldsTest {

    private static final String SDL = """
            type Query { page: Page }
            type Page { total: Int edges: [Edge] }
            type Edge { node: Item }
            type Item { id: ID releases: [Release] }
            type Release { id: ID }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{ page { edges { node { id releases { id } } } } }                              | true",
        "{ page { edges { node { id } } } }                                              | false",
        "{ page { total } }                                                              | false",
        "{ page { edges { ... on Edge { node { releases { id } } } } } }                 | true",
        "query { page { ...P } } fragment P on Page { edges { node { ...I } } } fragment I on Item { releases { id } } | true",
        "query { page { ...P } } fragment P on Page { edges { node { id } } }           | false",
        "{ page { a: edges { node { id } } b: edges { node { releases { id } } } } }    | true"})
    void findsThePathThroughFragmentsAndAliases(String query, boolean asked) {
        AtomicBoolean seen = new AtomicBoolean();
        AtomicBoolean answer = new AtomicBoolean();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("page", env -> {
                    seen.set(true);
                    answer.set(AskedFields.path(env, "edges", "node", "releases"));
                    return Map.of("total", 1, "edges", List.of());
                }))
                .build();
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                wiring)).build();
        var result = graphQl.execute(query);
        assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
        assertTrue(seen.get(), "the page field ran");
        assertEquals(asked, answer.get(), query);
    }
}
