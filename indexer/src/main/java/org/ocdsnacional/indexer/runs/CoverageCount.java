package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.coverage.CoverageField;
import org.ocdsnacional.analytics.coverage.CoverageFigure;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a source's coverage over the index in one search: each process document says which of the fields that
 * matter apply to it and which it has ({@code coverage.applicable}, {@code coverage.present}), so the figures are
 * two exact term counts over the source's processes, however many, and follow every harvest.
 */
final class CoverageCount {

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    CoverageCount(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    RunCoverage of(String sourceId) {
        ObjectNode body = mapper.createObjectNode().put("size", 0).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("sources", sourceId);
        bool.putArray("must_not").addObject().putObject("term").put("withdrawnSources", sourceId);
        ObjectNode aggs = body.putObject("aggs");
        int fields = CoverageField.values().length;
        aggs.putObject("applicable").putObject("terms").put("field", "coverage.applicable").put("size", fields);
        aggs.putObject("present").putObject("terms").put("field", "coverage.present").put("size", fields);
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body);
        Map<String, Long> applicable = counts(answer.at("/aggregations/applicable/buckets"));
        Map<String, Long> present = counts(answer.at("/aggregations/present/buckets"));
        List<CoverageFigure> figures = new ArrayList<>();
        for (CoverageField field : CoverageField.values()) {
            figures.add(new CoverageFigure(field, present.getOrDefault(field.name(), 0L),
                    applicable.getOrDefault(field.name(), 0L)));
        }
        return new RunCoverage(answer.at("/hits/total/value").asLong(), figures);
    }

    private static Map<String, Long> counts(JsonNode buckets) {
        Map<String, Long> counts = new HashMap<>();
        buckets.forEach(bucket -> counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
        return counts;
    }
}
