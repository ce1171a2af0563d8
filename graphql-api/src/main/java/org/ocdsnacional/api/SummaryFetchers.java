package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.Shares;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code summary(filter)}: every aggregation that the query asks of one summary (its fields, each alias with its
 * own arguments) is answered by a single OpenSearch search; each field then reads its own answer. A field whose
 * arguments are refused gets its own error, and the others their answers.
 */
final class SummaryFetchers {

    private static final String FILTER = "_filter";
    private static final String ANSWERS = "_answers";
    private static final int MAX_GROUPS = 200;

    private final ApiBackend backend;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();

    SummaryFetchers(ApiBackend backend) {
        this.backend = backend;
        fields.put("processCount", new Field<>(arguments -> Aggregation.totals(), Group::processes));
        fields.put("awarded", new Field<>(arguments -> Aggregation.totals(), totals -> Views.money(totals.awarded())));
        groups("byState", Dimension.STATE);
        groups("bySource", Dimension.SOURCE);
        groups("byLevel", Dimension.LEVEL);
        groups("byYear", Dimension.YEAR);
        groups("byMonth", Dimension.MONTH);
        groups("byMethod", Dimension.METHOD);
        groups("byMethodDetails", Dimension.METHOD_DETAILS);
        groups("byCategory", Dimension.CATEGORY);
        fields.put("topBuyers", new Field<>(SummaryFetchers::topBuyers, Views::organizations));
        fields.put("topSuppliers", new Field<>(SummaryFetchers::topSuppliers, Views::organizations));
        fields.put("directAwardShare", new Field<>(arguments -> Aggregation.shares(), Shares::directAwardShare));
        fields.put("singleBidderShare", new Field<>(arguments -> Aggregation.shares(), Shares::singleBidderShare));
    }

    DataFetcher<Map<String, Object>> summary() {
        return env -> {
            ProcessFilter filter = FilterInput.read(env.getArgument("filter"));
            List<Aggregation<?>> asked = new ArrayList<>();
            for (SelectedField selected : env.getSelectionSet().getImmediateFields()) {
                Optional.ofNullable(fields.get(selected.getName()))
                        .flatMap(field -> field.acceptable(selected.getArguments()))
                        .ifPresent(asked::add);
            }
            return Map.of(FILTER, filter, ANSWERS, backend.aggregations().answer(filter, asked));
        };
    }

    /** Wires each field of {@code Summary} to read its answer. */
    TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder summary) {
        fields.forEach((name, field) -> summary.dataFetcher(name, field::fetch));
        return summary;
    }

    private void groups(String name, Dimension dimension) {
        fields.put(name, new Field<>(arguments -> Aggregation.groups(dimension,
                DateField.valueOf(String.valueOf(arguments.getOrDefault("date", "RELEASE"))), MAX_GROUPS),
                Views::groups));
    }

    private static Aggregation<List<Group>> topBuyers(Map<String, Object> arguments) {
        OrderInput.RankingChoice ranking = OrderInput.ranking(arguments.get("orderBy"));
        return Aggregation.topBuyers(ranking.ranking(), ranking.currency(),
                OrderInput.first(arguments.get("first"), 10));
    }

    private static Aggregation<List<Group>> topSuppliers(Map<String, Object> arguments) {
        OrderInput.RankingChoice ranking = OrderInput.ranking(arguments.get("orderBy"));
        return Aggregation.topSuppliers(ranking.ranking(), ranking.currency(),
                OrderInput.first(arguments.get("first"), 10));
    }

    /** One field of the summary: the aggregation its arguments ask for, and how its answer is shown. */
    private final class Field<T> {

        private final Function<Map<String, Object>, Aggregation<T>> asks;
        private final Function<T, Object> shows;

        Field(Function<Map<String, Object>, Aggregation<T>> asks, Function<T, Object> shows) {
            this.asks = asks;
            this.shows = shows;
        }

        /** The aggregation, unless its arguments are refused: the field reports that itself when it runs. */
        Optional<Aggregation<?>> acceptable(Map<String, Object> arguments) {
            try {
                return Optional.of(asks.apply(arguments));
            } catch (InvalidQueryException refused) {
                return Optional.empty();
            }
        }

        /** Its answer from the summary's search (or on its own, should the summary not have asked it). */
        Object fetch(DataFetchingEnvironment env) {
            Aggregation<T> aggregation = asks.apply(env.getArguments());
            Map<?, ?> summary = env.getSource();
            T answer = ((Answers) summary.get(ANSWERS)).find(aggregation).orElseGet(() ->
                    backend.aggregations().answer((ProcessFilter) summary.get(FILTER), aggregation));
            return shows.apply(answer);
        }
    }
}
