package org.ocdsnacional.api;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every place where a client gives the API a value, found by walking the served schema: each argument of each field
 * reachable from {@code Query} or {@code Mutation}, and inside input objects each of their fields, at any depth. A
 * site knows how to reach its field (through parents whose required arguments are {@link #GOOD} values that find
 * something in {@link KnownIndex}), so that its data fetcher really runs with the value given.
 */
final class SchemaSites {

    /** Values of required arguments that find data in {@link KnownIndex}, by {@code Type.field.argument}. */
    static final Map<String, String> GOOD = Map.of(
            "Query.process.ocid", "\"ocds-test01-P6\"",
            "Query.organization.id", "\"MX-RFC-FAZ010101AB1\"",
            "Query.source.id", "\"jal\"",
            "Query.run.id", "\"r1\"",
            "Mutation.runSourceNow.source", "\"jalisco\"",
            "Mutation.setSourceStatus.source", "\"jalisco\"",
            "Mutation.setSourceStatus.status", "FROZEN");

    private SchemaSites() {
    }

    /** The schema the server serves, parsed from its SDL files. */
    static GraphQLSchema servedSchema() {
        String sdl = GraphQlEngine.SDL_RESOURCES.stream().map(SchemaSites::read).collect(Collectors.joining("\n"));
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** Every site of {@code schema}. */
    static List<Site> of(GraphQLSchema schema) {
        List<Site> sites = new ArrayList<>();
        for (GraphQLObjectType root : roots(schema)) {
            routes(root).forEach((type, route) -> type.getFieldDefinitions().stream()
                    .sorted(Comparator.comparing(GraphQLFieldDefinition::getName))
                    .forEach(field -> field.getArguments().forEach(argument ->
                            addSites(sites, new Site(root, route, type, field, argument.getName(), List.of(),
                                    argument.getType())))));
        }
        return sites;
    }

    /** Every named input type of the schema (scalars, enums, input objects), introspection's aside. */
    static List<GraphQLNamedType> inputTypes(GraphQLSchema schema) {
        return schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLInputType && !type.getName().startsWith("__"))
                .toList();
    }

    private static List<GraphQLObjectType> roots(GraphQLSchema schema) {
        List<GraphQLObjectType> roots = new ArrayList<>(List.of(schema.getQueryType()));
        Optional.ofNullable(schema.getMutationType()).ifPresent(roots::add);
        return roots;
    }

    private static void addSites(List<Site> sites, Site site) {
        sites.add(site);
        if (GraphQLTypeUtil.unwrapAll(site.type()) instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                List<String> path = new ArrayList<>(site.inputPath());
                path.add(GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(site.type())) ? "[]" + field.getName()
                        : field.getName());
                addSites(sites, new Site(site.root(), site.route(), site.parent(), site.field(), site.argument(),
                        path, field.getType()));
            }
        }
    }

    /** The shortest way to reach each object type from {@code root}, as the fields (with arguments) to ask. */
    private static Map<GraphQLObjectType, List<String>> routes(GraphQLObjectType root) {
        Map<GraphQLObjectType, List<String>> routes = new LinkedHashMap<>();
        Deque<GraphQLObjectType> queue = new ArrayDeque<>(List.of(root));
        routes.put(root, List.of());
        while (!queue.isEmpty()) {
            GraphQLObjectType type = queue.poll();
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                Optional<String> step = step(type, field);
                if (step.isPresent() && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType next
                        && !routes.containsKey(next)) {
                    List<String> route = new ArrayList<>(routes.get(type));
                    route.add(step.get());
                    routes.put(next, route);
                    queue.add(next);
                }
            }
        }
        return routes;
    }

    /** {@code field(required: good, …)}, or empty when a required argument has no good value. */
    private static Optional<String> step(GraphQLObjectType type, GraphQLFieldDefinition field) {
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue()) {
                String good = GOOD.get(type.getName() + "." + field.getName() + "." + argument.getName());
                if (good == null) {
                    return Optional.empty();
                }
                arguments.add(argument.getName() + ": " + good);
            }
        }
        return Optional.of(field.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")"));
    }

    private static String read(String resource) {
        try (InputStream in = SchemaSites.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One place that takes a value: {@code argument} of {@code field} of {@code parent}, or inside it the input field
     * at {@code inputPath} (a name starting with {@code []} goes through a list of input objects).
     */
    record Site(GraphQLObjectType root, List<String> route, GraphQLObjectType parent, GraphQLFieldDefinition field,
                String argument, List<String> inputPath, GraphQLInputType type) {

        /** {@code Query.processes(filter.amount.min)}. */
        String coordinate() {
            String path = inputPath.isEmpty() ? "" : "." + inputPath.stream().map(step -> step.replace("[]", ""))
                    .collect(Collectors.joining("."));
            return parent.getName() + "." + field.getName() + "(" + argument + path + ")";
        }

        /** The type as a variable declares it, e.g. {@code [String!]}. */
        String typeReference() {
            return GraphQLTypeUtil.simplePrint(type);
        }

        /** The whole operation, with {@code value} (a literal, or {@code $v}) at this site. */
        String query(String value, String variables) {
            StringBuilder text = new StringBuilder(root.getName().equals("Mutation") ? "mutation" : "query");
            text.append(variables).append(" { ");
            route.forEach(step -> text.append(step).append(" { "));
            text.append(field.getName()).append("(").append(arguments(value)).append(")");
            if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType) {
                text.append(" { __typename }");
            }
            route.forEach(step -> text.append(" }"));
            return text.append(" }").toString();
        }

        private String arguments(String value) {
            List<String> arguments = new ArrayList<>();
            for (GraphQLArgument other : field.getArguments()) {
                String good = GOOD.get(parent.getName() + "." + field.getName() + "." + other.getName());
                if (!other.getName().equals(argument) && good != null) {
                    arguments.add(other.getName() + ": " + good);
                }
            }
            arguments.add(argument + ": " + nested(value, 0));
            return String.join(", ", arguments);
        }

        private String nested(String value, int depth) {
            if (depth == inputPath.size()) {
                return value;
            }
            String step = inputPath.get(depth);
            String inner = step.replace("[]", "") + ": " + nested(value, depth + 1);
            return step.startsWith("[]") ? "[{" + inner + "}]" : "{" + inner + "}";
        }
    }
}
