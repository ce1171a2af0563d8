package org.ocdsnacional.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of one GraphQL object (a summary, an organization's role profile) that are aggregations over the
 * object's filter: all those a query selects (each alias with its own arguments) are answered by a single
 * OpenSearch search when the object is fetched, and each field then reads its own answer. A field whose arguments
 * are refused is left out of the search and reports its own error.
 */
final class SearchedFields {

    /** The object's filter, in the map that stands for the object. */
    static final String FILTER = "_filter";
    private static final String ANSWERS = "_answers";

    private final ApiBackend backend;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();

    SearchedFields(ApiBackend backend) {
        this.backend = backend;
    }

    /** What a field asks, from its arguments and the object it belongs to. */
    interface Asks<T> {
        Aggregation<T> ask(Map<String, Object> arguments, Map<String, Object> object);
    }

    /** Adds the field {@code name}: the aggregation it {@code asks}, and how its answer {@code shows}. */
    <T> SearchedFields field(String name, Asks<T> asks, Function<T, Object> shows) {
        return fieldWithObject(name, asks, (answer, object) -> shows.apply(answer));
    }

    /** As {@link #field}, for a field whose answer {@code shows} with something of the object it belongs to. */
    <T> SearchedFields fieldWithObject(String name, Asks<T> asks, BiFunction<T, Map<String, Object>, Object> shows) {
        fields.put(name, new Field<>(asks, shows));
        return this;
    }

    /** The object, with the answers of every aggregation the query selects of it, from one search. */
    Map<String, Object> answered(DataFetchingEnvironment env, Map<String, Object> object) {
        List<Aggregation<?>> asked = new ArrayList<>();
        for (SelectedField selected : env.getSelectionSet().getImmediateFields()) {
            Optional.ofNullable(fields.get(selected.getName()))
                    .flatMap(field -> field.acceptable(selected.getArguments(), object))
                    .ifPresent(asked::add);
        }
        Map<String, Object> answered = new HashMap<>(object);
        answered.put(ANSWERS, backend.aggregations().answer((ProcessFilter) object.get(FILTER), asked));
        return answered;
    }

    /** Wires each field to read its answer. */
    TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder type) {
        fields.forEach((name, field) -> type.dataFetcher(name, field::fetch));
        return type;
    }

    private final class Field<T> {

        private final Asks<T> asks;
        private final BiFunction<T, Map<String, Object>, Object> shows;

        Field(Asks<T> asks, BiFunction<T, Map<String, Object>, Object> shows) {
            this.asks = asks;
            this.shows = shows;
        }

        /** The aggregation, unless its arguments are refused: the field reports that itself when it runs. */
        Optional<Aggregation<?>> acceptable(Map<String, Object> arguments, Map<String, Object> object) {
            try {
                return Optional.of(asks.ask(arguments, object));
            } catch (InvalidQueryException refused) {
                return Optional.empty();
            }
        }

        /** Its answer from the object's search (or on its own, should that search not have asked it). */
        Object fetch(DataFetchingEnvironment env) {
            Map<String, Object> object = env.getSource();
            Aggregation<T> aggregation = asks.ask(env.getArguments(), object);
            T answer = ((Answers) object.get(ANSWERS)).find(aggregation).orElseGet(() ->
                    backend.aggregations().answer((ProcessFilter) object.get(FILTER), aggregation));
            return shows.apply(answer, object);
        }
    }
}
