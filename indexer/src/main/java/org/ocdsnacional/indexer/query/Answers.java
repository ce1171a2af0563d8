package org.ocdsnacional.indexer.query;

import java.util.Map;
import java.util.Optional;

/** What each of several aggregations, asked in one search, answered. */
public final class Answers {

    private final Map<Aggregation<?>, Object> values;

    Answers(Map<Aggregation<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The answer of {@code aggregation}; empty when it was not among those asked. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Aggregation<T> aggregation) {
        return Optional.ofNullable((T) values.get(aggregation));
    }
}
