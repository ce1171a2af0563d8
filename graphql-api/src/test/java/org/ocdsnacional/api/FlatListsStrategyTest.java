package org.ocdsnacional.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The flat-list completion answers exactly what graphql-java answers (data and errors), for every way a query can
 * select fields and for values graphql-java must refuse, and it is the one answering the flat lists.
 */
class FlatListsStrategyTest {

    private static final String SDL = """
            scalar Decimal
            type Query {
              groups: [Group!]!
              nullableGroups: [Group]
              custom: [Custom!]!
              withArguments: [WithArguments!]!
              nodes: [Node!]!
            }
            type Group { key: String! processCount: Int! awarded: [Money!]! note: String }
            type Money { amount: Decimal! currency: String! }
            type Custom { value: String! }
            type WithArguments { name(upper: Boolean): String! }
            type Node { id: ID! next: Node }
            """;

    private static final List<Map<String, Object>> GROUPS = List.of(
            group("MX-JAL", 3, null, money("1500.50", "MXN"), money("20", "USD")),
            group("MX-NLE", 1, "nota", money("99.999", "MXN")),
            group("MX-CMX", 0, null));

    private static final Map<String, Object> VARIABLES = Map.of("withNote", true, "skipKey", false);

    @Test
    void findsTheFlatTypes() {
        assertEquals(Set.of("Group", "Money"), FlatListsStrategy.flatTypes(schema(new ArrayList<>(GROUPS))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ groups { key processCount awarded { amount currency } note } }",
            "{ groups { clave: key n: processCount montos: awarded { a: amount c: currency } } }",
            "{ groups { __typename key awarded { __typename currency } } }",
            "{ groups { ...G awarded { ... on Money { amount } } } } fragment G on Group { key key processCount }",
            "query Q($withNote: Boolean!, $skipKey: Boolean!) { groups { key @skip(if: $skipKey) "
                    + "note @include(if: $withNote) processCount @include(if: false) } }",
            "{ groups { key } again: groups { processCount awarded { currency } } }",
            "{ nullableGroups { key } }",
            "{ custom { value } withArguments { name(upper: true) } nodes { id next { id } } }"})
    void answersAsGraphQlJava(String query) {
        List<Map<String, Object>> groups = new ArrayList<>(GROUPS);
        assertEquals(run(new AsyncExecutionStrategy(), groups, query).toSpecification(),
                run(new FlatListsStrategy(schema(groups), new SimpleDataFetcherExceptionHandler()), groups, query)
                        .toSpecification());
    }

    @Test
    void leavesRefusedValuesToGraphQlJava() {
        List<Map<String, Object>> nullKey = new ArrayList<>(GROUPS);
        nullKey.set(1, group(null, 1, null));
        List<Map<String, Object>> badCount = new ArrayList<>(GROUPS);
        badCount.set(2, group("MX-CMX", 0, null));
        badCount.get(2).put("processCount", "muchos");
        List<Map<String, Object>> nullAmount = new ArrayList<>(GROUPS);
        nullAmount.set(0, group("MX-JAL", 3, null, money(null, "MXN")));
        for (List<Map<String, Object>> groups : List.of(nullKey, badCount, nullAmount)) {
            String query = "{ groups { key processCount awarded { amount currency } } }";
            ExecutionResult flat = run(new FlatListsStrategy(schema(groups), new SimpleDataFetcherExceptionHandler()),
                    groups, query);
            assertEquals(1, flat.getErrors().size());
            assertEquals(run(new AsyncExecutionStrategy(), groups, query).toSpecification(), flat.toSpecification());
        }
    }

    @Test
    void completesFlatListsWithoutFetchingTheirFieldsOneByOne() {
        List<Map<String, Object>> groups = new ArrayList<>(GROUPS);
        String query = "{ groups { key processCount awarded { amount currency } } }";
        AtomicInteger flatFetches = new AtomicInteger();
        AtomicInteger fetches = new AtomicInteger();
        run(new FlatListsStrategy(schema(groups), new SimpleDataFetcherExceptionHandler()), groups, query,
                flatFetches);
        run(new AsyncExecutionStrategy(), groups, query, fetches);
        assertEquals(1, flatFetches.get());
        assertEquals(1 + 3 * 3 + 3 * 2, fetches.get());
    }

    private static ExecutionResult run(ExecutionStrategy strategy, List<Map<String, Object>> groups, String query) {
        return run(strategy, groups, query, new AtomicInteger());
    }

    private static ExecutionResult run(ExecutionStrategy strategy, List<Map<String, Object>> groups, String query,
                                       AtomicInteger fetches) {
        GraphQL graphQl = GraphQL.newGraphQL(schema(groups)).queryExecutionStrategy(strategy)
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters
                                                                                  parameters,
                                                                          InstrumentationState state) {
                        fetches.incrementAndGet();
                        return null;
                    }
                })
                .build();
        return graphQl.execute(ExecutionInput.newExecutionInput().query(query).variables(VARIABLES).build());
    }

    private static GraphQLSchema schema(List<Map<String, Object>> groups) {
        List<Map<String, Object>> withNull = new ArrayList<>(groups);
        withNull.add(null);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.DECIMAL)
                .type("Query", type -> type
                        .dataFetcher("groups", env -> groups)
                        .dataFetcher("nullableGroups", env -> withNull)
                        .dataFetcher("custom", env -> List.of(Map.of("value", "a")))
                        .dataFetcher("withArguments", env -> List.of(Map.of("name", "b")))
                        .dataFetcher("nodes", env -> List.of(Map.of("id", "1", "next", Map.of("id", "2")))))
                .type("Custom", type -> type.dataFetcher("value", env -> "computed"))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static Map<String, Object> group(String key, int processes, String note, Map<?, ?>... awarded) {
        Map<String, Object> group = new HashMap<>();
        group.put("key", key);
        group.put("processCount", processes);
        group.put("note", note);
        group.put("awarded", Arrays.asList(awarded));
        return group;
    }

    private static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new HashMap<>();
        money.put("amount", amount == null ? null : new BigDecimal(amount));
        money.put("currency", currency);
        return money;
    }
}
