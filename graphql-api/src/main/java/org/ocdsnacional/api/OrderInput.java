package org.ocdsnacional.api;

import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.Vocabulary;

import java.util.Map;
import java.util.Optional;

/** Reads the {@code ProcessOrder} and {@code RankingInput} input objects, and checks page sizes. */
final class OrderInput {

    static final int MAX_PAGE = 100;

    private OrderInput() {
    }

    static Optional<ProcessOrder> processOrder(Object input) {
        return FilterInput.map(input).map(order -> new ProcessOrder(
                ProcessOrder.Field.valueOf(FilterInput.valueOr(order, "field", "DATE")),
                "ASC".equals(FilterInput.valueOr(order, "direction", "DESC")),
                FilterInput.valueOr(order, "currency", "MXN")));
    }

    /** A ranking: by count, or by amount in a currency. */
    record RankingChoice(Ranking ranking, Optional<String> currency) {
    }

    static RankingChoice ranking(Object input) {
        Map<String, Object> order = FilterInput.map(input).orElse(Map.of());
        Ranking ranking = Ranking.valueOf(FilterInput.valueOr(order, "by", "COUNT"));
        return new RankingChoice(ranking, FilterInput.text(FilterInput.valueOr(order, "currency", "MXN"))
                .map(currency -> Vocabulary.currency("currency", currency)));
    }

    /** {@code first}, checked to be between 1 and {@value #MAX_PAGE}. */
    static int first(Object value, int fallback) {
        int first = value instanceof Integer given ? given : fallback;
        if (first < 1 || first > MAX_PAGE) {
            throw new InvalidQueryException("«first» debe estar entre 1 y " + MAX_PAGE + " / «first» must be"
                    + " between 1 and " + MAX_PAGE + "; page with «after» for more.");
        }
        return first;
    }
}
