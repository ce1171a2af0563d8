package org.ocdsnacional.api.limits;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost and depth of a query, computed from its fields before it runs (fragments expanded, {@code @skip} and
 * {@code @include} applied, variables and argument defaults resolved).
 * <ul>
 *   <li>Every field costs 1, plus what its sub-fields cost, multiplied by how many times they are returned:</li>
 *   <li>a paged field (one with a {@code first} argument) returns {@code first} items, {@value #DEFAULT_PAGE} when
 *       not given;</li>
 *   <li>the lists inside a connection ({@code edges}, {@code nodes}) are that page, already counted;</li>
 *   <li>any other list of objects counts as {@value #LIST_SIZE} items;</li>
 *   <li>a page of processes after the first ({@code after} given) costs {@value #POINT_IN_TIME} more: it reads a
 *       point in time the server holds open for the cursor's lifetime.</li>
 *   <li>Introspection ({@code __schema}, {@code __type}) costs 1 per field, whatever its lists: its size is that of
 *       the schema, and graphql-java bounds such queries itself (at most 500 fields, 20 levels).</li>
 * </ul>
 * For example {@code processes(first: 50) { totalCount edges { node { ocid title } } }} costs
 * {@code 1 + 50 × (1 + (1 + (1 + 2)))} = 251. Sums saturate at {@link Long#MAX_VALUE}.
 *
 * @param cost  the cost
 * @param depth the deepest nesting of fields; 1 for top-level fields only; introspection counts 1
 */
public record QueryCost(long cost, int depth) {

    static final int DEFAULT_PAGE = 20;
    static final int LIST_SIZE = 5;
    static final int POINT_IN_TIME = 50;
    private static final String PROCESS_CONNECTION = "ProcessConnection";

    static QueryCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        int depth = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost = add(cost, cost(field, schema));
            depth = Math.max(depth, depth(field));
        }
        return new QueryCost(cost, depth);
    }

    private static long cost(ExecutableNormalizedField field, GraphQLSchema schema) {
        if (isIntrospection(field)) {
            return fieldCount(field);
        }
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children = add(children, cost(child, schema));
        }
        return add(add(1, pointInTime(field, schema)), multiply(factor(field, schema), children));
    }

    /** What holding a point in time costs, for a page of processes after the first. */
    private static long pointInTime(ExecutableNormalizedField field, GraphQLSchema schema) {
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getFieldDefinitions(schema).getFirst().getType());
        boolean continues = field.getResolvedArguments().get("after") != null;
        return continues && PROCESS_CONNECTION.equals(((GraphQLNamedType) type).getName()) ? POINT_IN_TIME : 0;
    }

    /** How many times the sub-fields of {@code field} are returned. */
    private static long factor(ExecutableNormalizedField field, GraphQLSchema schema) {
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).getFirst();
        if (definition.getArgument("first") != null) {
            return field.getResolvedArguments().get("first") instanceof Number first
                    ? Math.max(first.longValue(), 0) : DEFAULT_PAGE;
        }
        if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType())) || inConnection(field)) {
            return 1;
        }
        return LIST_SIZE;
    }

    private static boolean inConnection(ExecutableNormalizedField field) {
        return field.getObjectTypeNames().stream().anyMatch(type -> type.endsWith("Connection"));
    }

    private static int depth(ExecutableNormalizedField field) {
        if (isIntrospection(field)) {
            return 1;
        }
        int deepest = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return 1 + deepest;
    }

    private static long fieldCount(ExecutableNormalizedField field) {
        long count = 1;
        for (ExecutableNormalizedField child : field.getChildren()) {
            count = add(count, fieldCount(child));
        }
        return count;
    }

    private static boolean isIntrospection(ExecutableNormalizedField field) {
        return field.getName().startsWith("__");
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
