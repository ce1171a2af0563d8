package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.ProcessFilter;

import java.util.Map;

/**
 * {@code summary(filter)}: the summary object only carries the filter; each of its fields is one aggregation,
 * run only when the query asks for it.
 */
final class SummaryFetchers {

    private static final String FILTER = "_filter";
    private static final int MAX_GROUPS = 200;

    private final ApiBackend backend;

    SummaryFetchers(ApiBackend backend) {
        this.backend = backend;
    }

    DataFetcher<Map<String, Object>> summary() {
        return env -> Map.of(FILTER, FilterInput.read(env.getArgument("filter")));
    }

    DataFetcher<Object> processCount() {
        return env -> backend.aggregations().totals(filter(env)).processes();
    }

    DataFetcher<Object> awarded() {
        return env -> Views.money(backend.aggregations().totals(filter(env)).awarded());
    }

    DataFetcher<Object> by(Dimension dimension) {
        return env -> Views.groups(backend.aggregations().groups(filter(env), dimension,
                DateField.valueOf(String.valueOf(env.getArgumentOrDefault("date", "RELEASE"))), MAX_GROUPS));
    }

    DataFetcher<Object> topBuyers() {
        return env -> {
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            return Views.organizations(backend.aggregations().topBuyers(filter(env), ranking.ranking(),
                    ranking.currency(), OrderInput.first(env.getArgument("first"), 10)));
        };
    }

    DataFetcher<Object> topSuppliers() {
        return env -> {
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            return Views.organizations(backend.aggregations().topSuppliers(filter(env), ranking.ranking(),
                    ranking.currency(), OrderInput.first(env.getArgument("first"), 10)));
        };
    }

    DataFetcher<Object> directAwardShare() {
        return env -> backend.aggregations().shares(filter(env)).directAwardShare();
    }

    DataFetcher<Object> singleBidderShare() {
        return env -> backend.aggregations().shares(filter(env)).singleBidderShare();
    }

    private static ProcessFilter filter(DataFetchingEnvironment env) {
        return (ProcessFilter) ((Map<?, ?>) env.getSource()).get(FILTER);
    }
}
