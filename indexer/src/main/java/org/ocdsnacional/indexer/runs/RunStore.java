package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.pipeline.HarvestRun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Stores harvest runs and answers which run of each source is the latest. */
public final class RunStore {

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private RunStore(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    public static RunStore create(SearchCluster cluster, ObjectMapper mapper) {
        return new RunStore(cluster, mapper);
    }

    /** Writes (or overwrites) a run, visible to searches as soon as this returns. */
    public void save(HarvestRun run) {
        String id = URLEncoder.encode(run.runId(), StandardCharsets.UTF_8);
        cluster.send("PUT", "/" + IndexName.RUNS.alias() + "/_doc/" + id + "?refresh=true", RunJson.write(mapper, run));
    }

    /** The latest run of each of the given sources (by start time), in one request; sources never run are absent. */
    public Map<String, HarvestRun> latest(List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        JsonNode buckets = cluster.send("POST", "/" + IndexName.RUNS.alias() + "/_search", latestQuery(sourceIds))
                .path("aggregations").path("sources").path("buckets");
        Map<String, HarvestRun> runs = new HashMap<>();
        for (JsonNode bucket : buckets) {
            JsonNode hit = bucket.path("latest").path("hits").path("hits").path(0).path("_source");
            runs.put(bucket.path("key").asText(), RunJson.read(hit));
        }
        return runs;
    }

    /** One run by id, if stored. */
    public Optional<HarvestRun> find(String runId) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 1);
        query.putObject("query").putObject("term").put("runId", runId);
        JsonNode hit = cluster.send("POST", "/" + IndexName.RUNS.alias() + "/_search", query).path("hits")
                .path("hits").path(0);
        return hit.isMissingNode() ? Optional.empty() : Optional.of(RunJson.read(hit.path("_source")));
    }

    /** The most recent runs of one source, newest first. */
    public List<HarvestRun> recent(String sourceId, int size) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", size);
        query.putObject("query").putObject("term").put("sourceId", sourceId);
        query.putArray("sort").addObject().putObject("startedAt").put("order", "desc");
        JsonNode hits = cluster.send("POST", "/" + IndexName.RUNS.alias() + "/_search", query).path("hits")
                .path("hits");
        return StreamSupport.stream(hits.spliterator(), false)
                .map(hit -> RunJson.read(hit.path("_source")))
                .toList();
    }

    private ObjectNode latestQuery(List<String> sourceIds) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 0);
        var ids = query.putObject("query").putObject("terms").putArray("sourceId");
        sourceIds.forEach(ids::add);
        ObjectNode sources = query.putObject("aggs").putObject("sources");
        sources.putObject("terms").put("field", "sourceId").put("size", sourceIds.size());
        ObjectNode topHits = sources.putObject("aggs").putObject("latest").putObject("top_hits");
        topHits.put("size", 1);
        topHits.putArray("sort").addObject().putObject("startedAt").put("order", "desc");
        return query;
    }
}
