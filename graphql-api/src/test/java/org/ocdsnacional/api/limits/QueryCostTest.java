package org.ocdsnacional.api.limits;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cost model on a small schema of its own, so that it does not move with the API's schema. */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { items(first: Int = 20, after: String): ItemConnection!  tags: [Tag!]!  one: Tag
                         pages(first: Int): [Tag]  processes(first: Int = 20, after: String): ProcessConnection! }
            type ItemConnection { totalCount: Int!  edges: [ItemEdge!]!  nodes: [Item!]! }
            type ProcessConnection { nodes: [Item!]! }
            type ItemEdge { cursor: String!  node: Item! }
            type Item { id: ID!  names: [String!]!  tags: [Tag!]!  related(first: Int): ItemConnection! }
            type Tag { name: String! }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void everyFieldCostsOne() {
        assertEquals(new QueryCost(4, 2), cost("{ one { name } other: one { name } }", Map.of()));
    }

    @Test
    void aPagedFieldMultipliesItsSubFieldsByFirst() {
        assertEquals(1 + 50 * (1 + (1 + (1 + 2))),
                cost("{ items(first: 50) { totalCount edges { node { id names } } } }", Map.of()).cost());
    }

    @Test
    void withoutFirstThePageIsTheArgumentsDefault() {
        assertEquals(1 + 20 * 2, cost("{ items { nodes { id } } }", Map.of()).cost());
    }

    @Test
    void withoutFirstOrADefaultThePageIsTwenty() {
        assertEquals(1 + QueryCost.DEFAULT_PAGE, cost("{ pages { name } }", Map.of()).cost());
    }

    @Test
    void variablesAndFragmentsAreResolved() {
        String query = "query($n: Int) { items(first: $n) { ...page } } "
                + "fragment page on ItemConnection { nodes { id } }";
        assertEquals(1 + 7 * 2, cost(query, Map.of("n", 7)).cost());
    }

    @Test
    void otherListsOfObjectsCountAsFiveItems() {
        assertEquals(1 + QueryCost.LIST_SIZE, cost("{ tags { name } }", Map.of()).cost());
        assertEquals(1 + 2 * (1 + (1 + QueryCost.LIST_SIZE)),
                cost("{ items(first: 2) { nodes { tags { name } } } }", Map.of()).cost());
    }

    @Test
    void skippedFieldsCostNothing() {
        assertEquals(1 + QueryCost.LIST_SIZE, cost("{ tags { name } one @skip(if: true) { name } }", Map.of()).cost());
    }

    @Test
    void aPageOfProcessesAfterTheFirstPaysForThePointInTimeItHolds() {
        assertEquals(1 + 2 * 2, cost("{ processes(first: 2) { nodes { id } } }", Map.of()).cost());
        assertEquals(1 + QueryCost.POINT_IN_TIME + 2 * 2,
                cost("query($c: String) { processes(first: 2, after: $c) { nodes { id } } }", Map.of("c", "x")).cost());
        assertEquals(1 + 2 * 2, cost("{ items(first: 2, after: \"x\") { nodes { id } } }", Map.of()).cost(),
                "other lists hold no point in time");
    }

    @Test
    void depthCountsNestingButNotIntrospection() {
        assertEquals(4, cost("{ items { edges { node { id } } } }", Map.of()).depth());
        QueryCost introspection = cost("{ __schema { types { fields { type { ofType { ofType { name } } } } } } }",
                Map.of());
        assertEquals(1, introspection.depth());
        assertEquals(7, introspection.cost(), "one point per introspection field, lists not multiplied");
    }

    @Test
    void hugePagesSaturateInsteadOfOverflowing() {
        String query = "query($n: Int) { items(first: $n) { nodes { related(first: $n) { nodes { "
                + "related(first: $n) { nodes { id } } } } } } again: items(first: 1) { totalCount } }";
        assertEquals(Long.MAX_VALUE, cost(query, Map.of("n", Integer.MAX_VALUE)).cost());
    }

    private static QueryCost cost(String query, Map<String, Object> variables) {
        return QueryCost.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                SCHEMA, Parser.parse(query), null, RawVariables.of(variables)), SCHEMA);
    }
}
