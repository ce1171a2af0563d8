package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national rate of each red flag: how many of all indexed processes raise it. Counted once when the flags are
 * refreshed (after each harvest, a reference list's change, the catch-up at start), with the population's
 * statistics, and stored in the flags index; what the API and the portal compare an organization's rates with,
 * read and never counted per request.
 */
public final class NationalFlagRates {

    private static final String ID = "national-rates";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ProcessAggregations aggregations;

    private NationalFlagRates(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.aggregations = ProcessAggregations.create(cluster, mapper);
    }

    public static NationalFlagRates create(SearchCluster cluster, ObjectMapper mapper) {
        return new NationalFlagRates(cluster, mapper);
    }

    /**
     * Counts the rates over every process visible now (the caller made the last writes visible) and stores them in
     * place of the last counted; returns them.
     */
    public FlagCounts recount(Clock clock) {
        FlagCounts counts = aggregations.answer(ProcessFilter.NONE, Aggregation.flagCounts());
        ObjectNode doc = mapper.createObjectNode().put("kind", ID).put("computedAt", clock.instant().toString());
        ObjectNode rates = doc.putObject("nationalRates").put("processes", counts.processes());
        ObjectNode byCode = rates.putObject("byCode");
        counts.byCode().forEach(byCode::put);
        cluster.send("PUT", "/" + IndexName.FLAGS.alias(cluster) + "/_doc/" + ID + "?refresh=true", doc);
        return counts;
    }

    /** The rates last counted; none (no process) before the flags were first refreshed. */
    public FlagCounts read() {
        return cluster.source("/" + IndexName.FLAGS.alias(cluster) + "/_doc/" + ID)
                .map(doc -> counts(doc.path("nationalRates"))).orElseGet(() -> new FlagCounts(0, Map.of()));
    }

    private static FlagCounts counts(JsonNode rates) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        rates.path("byCode").properties().forEach(entry -> byCode.put(entry.getKey(), entry.getValue().asLong()));
        return new FlagCounts(rates.path("processes").asLong(), byCode);
    }
}
