package org.ocdsnacional.api;

import graphql.Profiler;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResponseMapFactory;
import graphql.execution.ResultNodesInfo;
import graphql.introspection.Introspection;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * graphql-java's execution, with lists of flat objects completed in one pass. A summary answers dozens of groups,
 * each with its key, count and amounts: graphql-java would collect each group's selected fields again and build the
 * parameters, step and data fetcher call of every field, which costs more than the search behind them.
 *
 * <p>An object type is flat when each of its fields takes no arguments, is read by the default property fetcher,
 * and holds a scalar, a flat object or a list of them. A list of flat objects whose items are maps (as the API's
 * views build them) is completed here: the selection is collected once for the whole list, and each item's values
 * are read from its map and serialised by their scalar, with the same aliases, fragments, {@code @skip} and
 * {@code @include} and {@code __typename} as graphql-java. Anything else, or anything unusual on the way (a null
 * where the schema promises a value, a value its scalar refuses, an item that is not a map), is left to
 * graphql-java, which reports it as it always does. So are executions that count or watch fields one by one
 * (DataLoaders, incremental delivery, a profiler, a result-node limit) or build other result maps. Field-level
 * instrumentation is not called for the fields completed here (the API's instrumentation has none).
 */
final class FlatListsStrategy extends AsyncExecutionStrategy {

    /** A value this strategy leaves to graphql-java. */
    private static final Object NOT_FLAT = new Object();
    private static final FieldCollector FIELDS = new FieldCollector();

    private final GraphQLSchema schema;
    private final Set<String> flatTypes;

    FlatListsStrategy(GraphQLSchema schema, DataFetcherExceptionHandler errors) {
        super(errors);
        this.schema = schema;
        this.flatTypes = flatTypes(schema);
    }

    @Override
    protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
                                                  Iterable<Object> items) {
        GraphQLList list = (GraphQLList) parameters.getExecutionStepInfo().getUnwrappedNonNullType();
        if (!plain(context) || !(GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType item)
                || !flatTypes.contains(item.getName())) {
            return super.completeValueForList(context, parameters, items);
        }
        Object completed;
        try {
            completed = new Completion(context).list(list, parameters.getField(), items);
        } catch (RuntimeException unusual) {
            completed = NOT_FLAT;
        }
        return completed == NOT_FLAT ? super.completeValueForList(context, parameters, items)
                : new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed);
    }

    /**
     * Whether the execution counts, watches or builds nothing field by field beyond what graphql-java does by default:
     * no DataLoaders or incremental delivery, no profiler, no result-node limit, the default result maps, not
     * cancelled, and the schema the flat types were found in.
     */
    private boolean plain(ExecutionContext context) {
        return context.getGraphQLSchema() == schema
                && context.getDataLoaderDispatcherStrategy() == DataLoaderDispatchStrategy.NO_OP
                && !context.hasIncrementalSupport()
                && context.getProfiler() == Profiler.NO_OP
                && context.getResponseMapFactory() == ResponseMapFactory.DEFAULT
                && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
                && !context.getExecutionInput().isCancelled();
    }

    /** One list's completion: the selections it collected, once per field whatever the number of items. */
    private static final class Completion {

        private final ExecutionContext context;
        private final Map<MergedField, MergedSelectionSet> selections = new IdentityHashMap<>();

        Completion(ExecutionContext context) {
            this.context = context;
        }

        /** A collection only: should a list turn out not flat halfway, graphql-java reads it again. */
        Object list(GraphQLList type, MergedField field, Object items) {
            if (!(items instanceof Collection<?> collection)) {
                return NOT_FLAT;
            }
            List<Object> completed = new ArrayList<>(collection.size());
            for (Object item : collection) {
                Object value = value(type.getWrappedType(), field, item);
                if (value == NOT_FLAT) {
                    return NOT_FLAT;
                }
                completed.add(value);
            }
            return completed;
        }

        private Object value(GraphQLType type, MergedField field, Object stored) {
            Object raw = context.getValueUnboxer().unbox(stored);
            if (raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
                return NOT_FLAT;
            }
            if (raw == null) {
                return GraphQLTypeUtil.isNonNull(type) ? NOT_FLAT : null;
            }
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
            return switch (unwrapped) {
                case GraphQLScalarType scalar -> scalar(scalar, raw);
                case GraphQLList list -> list(list, field, raw);
                case GraphQLObjectType object -> object(object, field, raw);
                default -> NOT_FLAT;
            };
        }

        private Object scalar(GraphQLScalarType scalar, Object raw) {
            try {
                Object serialized = scalar.getCoercing().serialize(raw, context.getGraphQLContext(),
                        context.getLocale());
                return serialized == null ? NOT_FLAT : serialized;
            } catch (CoercingSerializeException refused) {
                return NOT_FLAT;
            }
        }

        private Object object(GraphQLObjectType type, MergedField field, Object raw) {
            if (!(raw instanceof Map<?, ?> source)) {
                return NOT_FLAT;
            }
            MergedSelectionSet selection = selections.computeIfAbsent(field, f -> collect(type, f));
            Map<String, Object> completed = LinkedHashMap.newLinkedHashMap(selection.size());
            for (Map.Entry<String, MergedField> selected : selection.getSubFields().entrySet()) {
                String name = selected.getValue().getName();
                Object value = Introspection.TypeNameMetaFieldDef.getName().equals(name) ? type.getName()
                        : value(type.getFieldDefinition(name).getType(), selected.getValue(), source.get(name));
                if (value == NOT_FLAT) {
                    return NOT_FLAT;
                }
                completed.put(selected.getKey(), value);
            }
            return completed;
        }

        private MergedSelectionSet collect(GraphQLObjectType type, MergedField field) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                    .schema(context.getGraphQLSchema())
                    .objectType(type)
                    .fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap())
                    .graphQLContext(context.getGraphQLContext())
                    .build();
            return FIELDS.collectFields(parameters, field);
        }
    }

    /** The schema's flat object types (a type that refers to itself, even through others, is not). */
    static Set<String> flatTypes(GraphQLSchema schema) {
        Set<String> flat = new HashSet<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
            if (isFlat(schema.getCodeRegistry(), type, new HashSet<>())) {
                flat.add(type.getName());
            }
        }
        return Set.copyOf(flat);
    }

    private static boolean isFlat(GraphQLCodeRegistry code, GraphQLObjectType type, Set<String> visiting) {
        if (type.getName().startsWith("__") || !visiting.add(type.getName())) {
            return false;
        }
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            GraphQLType held = GraphQLTypeUtil.unwrapAll(field.getType());
            boolean plainField = field.getArguments().isEmpty()
                    && readsOwnName(code.getDataFetcher(FieldCoordinates.coordinates(type, field), field), field);
            boolean flatValue = held instanceof GraphQLScalarType
                    || held instanceof GraphQLObjectType object && isFlat(code, object, visiting);
            if (!plainField || !flatValue) {
                return false;
            }
        }
        visiting.remove(type.getName());
        return true;
    }

    /** Whether {@code fetcher} reads the property of the field's name, as graphql-java does by default. */
    private static boolean readsOwnName(DataFetcher<?> fetcher, GraphQLFieldDefinition field) {
        return fetcher == SingletonPropertyDataFetcher.singleton()
                || fetcher instanceof PropertyDataFetcher<?> property
                && field.getName().equals(property.getPropertyName());
    }
}
