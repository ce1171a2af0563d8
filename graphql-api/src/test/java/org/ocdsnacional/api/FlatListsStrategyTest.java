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
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Stands for a null value in a change to a group (a map entry holds no null). */
    private static final Object NULL = new Object();

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
        assertAnswersAlike(new ArrayList<>(GROUPS), query);
    }

    @Test
    void answersAsGraphQlJavaWhenOneListFieldIsSelectedTwiceWithDifferentFields() {
        assertAnswersAlike(new ArrayList<>(GROUPS),
                "{ groups { awarded { amount } ...F } } fragment F on Group { awarded { currency } key }");
    }

    @Test
    void leavesRefusedAndUnusualValuesToGraphQlJava() {
        List<List<Map<String, Object>>> cases = new ArrayList<>();
        List<Map.Entry<String, Object>> changes = List.of(Map.entry("key", NULL),
                Map.entry("processCount", "muchos"), Map.entry("awarded", "no es una lista"),
                Map.entry("awarded", Arrays.asList(money("1", "MXN"), null)),
                Map.entry("awarded", List.of(new Amount(BigDecimal.ONE, "MXN"))));
        for (Map.Entry<String, Object> change : changes) {
            List<Map<String, Object>> groups = new ArrayList<>(GROUPS);
            Map<String, Object> changed = new HashMap<>(groups.get(1));
            changed.put(change.getKey(), change.getValue() == NULL ? null : change.getValue());
            groups.set(1, changed);
            cases.add(groups);
        }
        List<Map<String, Object>> nullAmount = new ArrayList<>(GROUPS);
        nullAmount.set(0, group("MX-JAL", 3, null, money(null, "MXN")));
        cases.add(nullAmount);
        List<Map<String, Object>> failingRead = new ArrayList<>(GROUPS);
        failingRead.set(2, new HashMap<>(GROUPS.get(2)) {
            @Override
            public Object get(Object key) {
                throw new IllegalStateException("no se puede leer / cannot be read");
            }
        });
        cases.add(failingRead);
        for (List<Map<String, Object>> groups : cases) {
            assertAnswersAlike(groups, "{ groups { key processCount awarded { amount currency } } }");
        }
    }

    @Test
    void unboxesOptionalValuesAsGraphQlJavaDoes() {
        List<Map<String, Object>> groups = new ArrayList<>(GROUPS);
        Map<String, Object> changed = new HashMap<>(groups.get(0));
        changed.put("note", Optional.of("nota opcional"));
        groups.set(0, changed);
        Map<String, Object> empty = new HashMap<>(groups.get(1));
        empty.put("note", Optional.empty());
        groups.set(1, empty);

        assertAnswersAlike(groups, "{ groups { key note } }");
    }

    @Test
    void leavesListsThatCanBeReadOnceToGraphQlJava() {
        String query = "{ groups { key awarded { amount currency } } }";
        GraphQLSchema forGraphQlJava = schema(withAmountsReadOnce());
        GraphQLSchema forFlat = schema(withAmountsReadOnce());

        ExecutionResult expected = run(new AsyncExecutionStrategy(), forGraphQlJava, query, new AtomicInteger(),
                false);
        ExecutionResult flat = run(new FlatListsStrategy(forFlat, new SimpleDataFetcherExceptionHandler()), forFlat,
                query, new AtomicInteger(), false);

        assertEquals(1, expected.getErrors().size());
        assertEquals(expected.toSpecification(), flat.toSpecification());
    }

    /** The groups, the first with amounts that only their first reader reads, the second of them refused. */
    private static List<Map<String, Object>> withAmountsReadOnce() {
        List<Map<String, Object>> amounts = List.of(money("10", "MXN"), money(null, "USD"));
        AtomicInteger reads = new AtomicInteger();
        Iterable<Map<String, Object>> once = () -> reads.getAndIncrement() == 0 ? amounts.iterator()
                : List.<Map<String, Object>>of().iterator();
        List<Map<String, Object>> groups = new ArrayList<>(GROUPS);
        Map<String, Object> changed = new HashMap<>(groups.get(0));
        changed.put("awarded", once);
        groups.set(0, changed);
        return groups;
    }

    @Test
    void completesFlatListsWithoutFetchingTheirFieldsOneByOne() {
        String query = "{ groups { key processCount awarded { amount currency } } }";
        GraphQLSchema schema = schema(new ArrayList<>(GROUPS));

        assertEquals(1, fetches(new FlatListsStrategy(schema, new SimpleDataFetcherExceptionHandler()), schema,
                query, false));
        assertEquals(1 + 3 * 3 + 3 * 2, fetches(new AsyncExecutionStrategy(), schema, query, false));
    }

    @Test
    void leavesExecutionsWithDataLoadersToGraphQlJava() {
        String query = "{ groups { key processCount awarded { amount currency } } }";
        GraphQLSchema schema = schema(new ArrayList<>(GROUPS));

        assertEquals(1 + 3 * 3 + 3 * 2, fetches(new FlatListsStrategy(schema, new SimpleDataFetcherExceptionHandler()),
                schema, query, true));
    }

    private static void assertAnswersAlike(List<Map<String, Object>> groups, String query) {
        GraphQLSchema schema = schema(groups);
        ExecutionResult expected = run(new AsyncExecutionStrategy(), schema, query, new AtomicInteger(), false);
        ExecutionResult flat = run(new FlatListsStrategy(schema, new SimpleDataFetcherExceptionHandler()), schema,
                query, new AtomicInteger(), false);
        assertEquals(expected.toSpecification(), flat.toSpecification());
    }

    private static int fetches(ExecutionStrategy strategy, GraphQLSchema schema, String query, boolean loaders) {
        AtomicInteger fetches = new AtomicInteger();
        run(strategy, schema, query, fetches, loaders);
        return fetches.get();
    }

    private static ExecutionResult run(ExecutionStrategy strategy, GraphQLSchema schema, String query,
                                       AtomicInteger fetches, boolean loaders) {
        GraphQL graphQl = GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy)
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
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(query).variables(VARIABLES);
        if (loaders) {
            input.dataLoaderRegistry(new DataLoaderRegistry());
        }
        return graphQl.execute(input.build());
    }

    private static GraphQLSchema schema(Iterable<Map<String, Object>> groups) {
        List<Map<String, Object>> withNull = new ArrayList<>();
        GROUPS.forEach(withNull::add);
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

    /** An amount as a record: graphql-java reads its fields, the flat path leaves it. */
    record Amount(BigDecimal amount, String currency) {
    }

    private static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new HashMap<>();
        money.put("amount", amount == null ? null : new BigDecimal(amount));
        money.put("currency", currency);
        return money;
    }
}
