package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ProcessKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Searches, fetches and aggregates contracting processes. */
public final class ProcessSearch {

    private static final String BY_RELEVANCE = "relevance";
    private static final String BY_DATE = "date";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final FilterQuery filters;
    private final Cursor cursors;

    private ProcessSearch(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.filters = new FilterQuery(mapper);
        this.cursors = new Cursor(mapper);
    }

    public static ProcessSearch create(SearchCluster cluster, ObjectMapper mapper) {
        return new ProcessSearch(cluster, mapper);
    }

    /** One page: by relevance when there is free text, else newest first; ties broken by process key. */
    public ProcessPage search(ProcessQuery query) {
        boolean hasText = query.text().filter(text -> !text.isBlank()).isPresent();
        String ordering = hasText ? BY_RELEVANCE : BY_DATE;
        ObjectNode body = mapper.createObjectNode();
        body.put("size", query.first() + 1);
        body.put("track_total_hits", true);
        body.set("query", filters.build(query.text(), query.filter()));
        body.set("sort", sort(ordering));
        query.after().ifPresent(after -> body.set("search_after", cursors.decode(ordering, after)));
        JsonNode hits = processes(body).path("hits");
        return page(hits, query.first(), ordering);
    }

    /**
     * One process by ocid. A registered-style ocid names one process across sources; an unprefixed one is only
     * unique within a source, so {@code sourceId} picks which (the first match otherwise).
     */
    public Optional<JsonNode> process(String ocid, Optional<String> sourceId) {
        if (ProcessKey.isGlobal(ocid) || sourceId.isPresent()) {
            return byKey(ProcessKey.of(sourceId.orElse(""), ocid));
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 1);
        body.putObject("query").putObject("term").put("ocid", ocid);
        body.putArray("sort").addObject().putObject("key").put("order", "asc");
        JsonNode hit = processes(body).path("hits").path("hits").path(0);
        return hit.isMissingNode() ? Optional.empty() : Optional.of(hit.path("_source"));
    }

    /** Counts and awarded amounts per currency, overall and per state, of the processes matching the filter. */
    public Summary summary(ProcessFilter filter) {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.put("track_total_hits", true);
        body.set("query", filters.build(Optional.empty(), filter));
        ObjectNode aggs = body.putObject("aggs");
        aggs.set("awarded", awardedAggregation());
        ObjectNode states = aggs.putObject("states");
        states.putObject("terms").put("field", "states").put("size", 100);
        states.putObject("aggs").set("awarded", awardedAggregation());
        JsonNode answer = processes(body);
        JsonNode aggregations = answer.path("aggregations");
        List<Summary.Group> byState = new ArrayList<>();
        for (JsonNode bucket : aggregations.path("states").path("buckets")) {
            byState.add(new Summary.Group(bucket.path("key").asText(), bucket.path("doc_count").asLong(),
                    amounts(bucket.path("awarded"))));
        }
        return new Summary(answer.path("hits").path("total").path("value").asLong(),
                amounts(aggregations.path("awarded")), byState);
    }

    private Optional<JsonNode> byKey(String key) {
        String path = "/" + IndexName.PROCESSES.alias() + "/_doc/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        if (cluster.status("HEAD", path) == 404) {
            return Optional.empty();
        }
        return Optional.of(cluster.send("GET", path, null).path("_source"));
    }

    private ProcessPage page(JsonNode hits, int first, String ordering) {
        List<ProcessPage.Hit> page = new ArrayList<>();
        JsonNode list = hits.path("hits");
        for (int i = 0; i < Math.min(first, list.size()); i++) {
            JsonNode hit = list.get(i);
            page.add(new ProcessPage.Hit(cursors.encode(ordering, hit.path("sort")), hit.path("_source")));
        }
        return new ProcessPage(hits.path("total").path("value").asLong(), page, list.size() > first);
    }

    private ArrayNode sort(String ordering) {
        ArrayNode sort = mapper.createArrayNode();
        if (ordering.equals(BY_RELEVANCE)) {
            sort.addObject().putObject("_score").put("order", "desc");
        } else {
            sort.addObject().putObject("date").put("order", "desc").put("missing", "_last");
        }
        sort.addObject().putObject("key").put("order", "asc");
        return sort;
    }

    private ObjectNode awardedAggregation() {
        ObjectNode awarded = mapper.createObjectNode();
        awarded.putObject("nested").put("path", "awarded");
        ObjectNode currency = awarded.putObject("aggs").putObject("currency");
        currency.putObject("terms").put("field", "awarded.currency").put("size", 50);
        currency.putObject("aggs").putObject("minor").putObject("sum").put("field", "awarded.minor");
        return awarded;
    }

    private static List<Money> amounts(JsonNode awarded) {
        List<Money> amounts = new ArrayList<>();
        for (JsonNode bucket : awarded.path("currency").path("buckets")) {
            amounts.add(Money.ofMinor(bucket.path("minor").path("value").asDouble(), bucket.path("key").asText()));
        }
        return amounts;
    }

    private JsonNode processes(ObjectNode body) {
        return cluster.send("POST", "/" + IndexName.PROCESSES.alias() + "/_search", body);
    }
}
