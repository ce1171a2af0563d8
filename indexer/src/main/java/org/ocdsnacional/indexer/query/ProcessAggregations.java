package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts and amounts over the processes that match a filter: totals, groups by a dimension, rankings of
 * organizations and competition shares ({@link Aggregation}), one at a time or any number in one search. Amounts
 * are summed per currency, never across currencies.
 */
public final class ProcessAggregations {

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final FilterQuery filters;

    private ProcessAggregations(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.filters = new FilterQuery(mapper);
    }

    public static ProcessAggregations create(SearchCluster cluster, ObjectMapper mapper) {
        return new ProcessAggregations(cluster, mapper);
    }

    /** What organizations can be ranked by. */
    public enum Ranking { COUNT, AMOUNT }

    /**
     * Answers all {@code aggregations} over the processes that match {@code filter} with one search: one pass over
     * the matching processes and one round trip, however many are asked. Equal aggregations are asked once.
     */
    public Answers answer(ProcessFilter filter, Collection<? extends Aggregation<?>> aggregations) {
        List<Aggregation<?>> distinct = List.copyOf(new LinkedHashSet<>(aggregations));
        if (distinct.isEmpty()) {
            return new Answers(Map.of());
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.set("query", filters.build(Optional.empty(), filter));
        ObjectNode aggs = body.putObject("aggs");
        for (int i = 0; i < distinct.size(); i++) {
            ObjectNode own = aggs.putObject(name(i));
            own.putObject("filter").putObject("match_all");
            distinct.get(i).ask(body, own.putObject("aggs"));
        }
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body);
        Map<Aggregation<?>, Object> values = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            values.put(distinct.get(i), distinct.get(i).read(answer, answer.path("aggregations").path(name(i))));
        }
        return new Answers(values);
    }

    /** Answers one aggregation. */
    public <T> T answer(ProcessFilter filter, Aggregation<T> aggregation) {
        return answer(filter, List.of(aggregation)).find(aggregation).orElseThrow();
    }

    /** See {@link Aggregation#groups}. */
    public List<Group> groups(ProcessFilter filter, Dimension dimension, DateField dateField, int size) {
        return answer(filter, Aggregation.groups(dimension, dateField, size));
    }

    /** See {@link Aggregation#topBuyers}. */
    public List<Group> topBuyers(ProcessFilter filter, Ranking ranking, Optional<String> currency, int size) {
        return answer(filter, Aggregation.topBuyers(ranking, currency, size));
    }

    /** See {@link Aggregation#topSuppliers}. */
    public List<Group> topSuppliers(ProcessFilter filter, Ranking ranking, Optional<String> currency, int size) {
        return answer(filter, Aggregation.topSuppliers(ranking, currency, size));
    }

    private static String name(int index) {
        return "a" + index;
    }
}
