package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.coverage.CoverageField;
import org.ocdsnacional.analytics.coverage.CoverageFigure;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        cluster.send("PUT", "/" + IndexName.RUNS.alias(cluster) + "/_doc/" + id + "?refresh=true", RunJson.write(mapper, run));
    }

    /**
     * Counts what the processes of the run's source give of the fields that matter, now, and stores it with the run
     * (after {@link #save}, which writes the run whole); returns it.
     */
    public RunCoverage saveCoverage(HarvestRun run) {
        RunCoverage coverage = new CoverageCount(cluster, mapper).of(run.sourceId());
        ObjectNode doc = mapper.createObjectNode();
        ObjectNode stored = doc.putObject("doc").putObject("coverage").put("processes", coverage.processes());
        ArrayNode fields = stored.putArray("fields");
        coverage.figures().forEach(figure -> fields.addObject().put("field", figure.field().name())
                .put("present", figure.present()).put("applicable", figure.applicable()));
        String id = URLEncoder.encode(run.runId(), StandardCharsets.UTF_8);
        cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_update/" + id + "?refresh=true", doc);
        return coverage;
    }

    /** The coverage stored with a run, if it was counted (runs of versions before coverage were not). */
    public Optional<RunCoverage> coverage(String runId) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 1);
        query.putObject("query").putObject("term").put("runId", runId);
        query.putObject("_source").putArray("includes").add("coverage");
        JsonNode coverage = cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query)
                .at("/hits/hits/0/_source/coverage");
        if (!coverage.isObject()) {
            return Optional.empty();
        }
        List<CoverageFigure> figures = new ArrayList<>();
        for (JsonNode figure : coverage.path("fields")) {
            figures.add(new CoverageFigure(CoverageField.valueOf(figure.path("field").asText()),
                    figure.path("present").asLong(), figure.path("applicable").asLong()));
        }
        return Optional.of(new RunCoverage(coverage.path("processes").asLong(), figures));
    }

    /** The runs marked running, of every source (at most one per source while its lease is held). */
    public List<HarvestRun> running() {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 1_000);
        query.putObject("query").putObject("term").put("state", RunState.RUNNING.name());
        List<HarvestRun> running = new ArrayList<>();
        for (JsonNode hit : cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query)
                .path("hits").path("hits")) {
            running.add(RunJson.read(hit.path("_source")));
        }
        return running;
    }

    /**
     * Ends, as FAILED, every run of {@code sourceId} still marked running: called by the instance that has just
     * taken the source's lease, when no other run of it can be going on (only the lease's holder harvests a
     * source), so that a run cut short by a crash or a {@code kill -9} does not stay "running" for ever. Returns
     * the runs ended.
     */
    public List<HarvestRun> interruptRunning(String sourceId, Instant now) {
        return interrupt(running().stream().filter(run -> run.sourceId().equals(sourceId)).toList(), now);
    }

    /**
     * Ends, as FAILED, every run still marked running, of any source: only for the one instance there can be (an
     * embedded node), at start. Returns the runs ended.
     */
    public List<HarvestRun> interruptAllRunning(Instant now) {
        return interrupt(running(), now);
    }

    private List<HarvestRun> interrupt(List<HarvestRun> stale, Instant now) {
        for (HarvestRun run : stale) {
            save(run.finish(RunState.FAILED, now, run.counts(), Optional.of(new RunError("", Optional.empty(),
                    "La ejecución se interrumpió (el proceso se detuvo) / The run was interrupted (the process "
                            + "stopped)"))));
        }
        return stale;
    }

    /** The latest run of each of the given sources (by start time), in one request; sources never run are absent. */
    public Map<String, HarvestRun> latest(List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return latest(latestQuery(sourceIds));
    }

    private Map<String, HarvestRun> latest(ObjectNode query) {
        JsonNode buckets = cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query)
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
        JsonNode hit = cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query).path("hits")
                .path("hits").path(0);
        return hit.isMissingNode() ? Optional.empty() : Optional.of(RunJson.read(hit.path("_source")));
    }

    /** The latest run in {@code state} of each of the given sources, in one request. */
    public Map<String, HarvestRun> latestIn(List<String> sourceIds, RunState state) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        ObjectNode query = latestQuery(sourceIds);
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode filter = bool.putObject("bool").putArray("filter");
        filter.add(query.get("query"));
        filter.addObject().putObject("term").put("state", state.name());
        query.set("query", bool);
        return latest(query);
    }

    /**
     * The latest {@code perSource} runs of each of the given sources, newest first, in one request: the trend of
     * their harvests. Sources never run are absent.
     */
    public Map<String, List<HarvestRun>> recent(List<String> sourceIds, int perSource) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        ObjectNode query = latestQuery(sourceIds);
        ((ObjectNode) query.at("/aggs/sources/aggs/latest/top_hits")).put("size", perSource);
        JsonNode buckets = cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query)
                .path("aggregations").path("sources").path("buckets");
        Map<String, List<HarvestRun>> runs = new HashMap<>();
        for (JsonNode bucket : buckets) {
            List<HarvestRun> latest = new ArrayList<>();
            bucket.path("latest").path("hits").path("hits").forEach(hit -> latest.add(RunJson.read(hit.path("_source"))));
            runs.put(bucket.path("key").asText(), latest);
        }
        return runs;
    }

    /** A page of the runs of one source, newest first, continuing after {@code after} (a run's cursor). */
    public RunPage page(String sourceId, int first, Optional<String> after) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", first + 1);
        query.putObject("query").putObject("term").put("sourceId", sourceId);
        ArrayNode sort = query.putArray("sort");
        sort.addObject().putObject("startedAt").put("order", "desc");
        sort.addObject().putObject("runId").put("order", "asc");
        after.ifPresent(cursor -> query.set("search_after", RunPage.decode(mapper, cursor)));
        JsonNode hits = cluster.send("POST", "/" + IndexName.RUNS.alias(cluster) + "/_search", query).at("/hits/hits");
        List<RunPage.Entry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(first, hits.size()); i++) {
            JsonNode hit = hits.get(i);
            entries.add(new RunPage.Entry(RunPage.encode(mapper, hit.path("sort")), RunJson.read(hit.path("_source"))));
        }
        return new RunPage(entries, hits.size() > first);
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
