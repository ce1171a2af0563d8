package org.ocdsnacional.indexer.issues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.validate.IssueGroup;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Stores what validation found in each run (one document per issue group, one report per run) and reads it back
 * page by page, each group beside its count in the source's previous validated run.
 */
public final class IssueStore {

    /** More issue groups than one report keeps (its groups are capped), plus the report itself. */
    private static final int MAX_COPIED = 10_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final BulkWriter bulk;
    private final String alias;

    private IssueStore(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.bulk = BulkWriter.create(cluster, mapper);
        this.alias = IndexName.ISSUES.alias(cluster);
    }

    public static IssueStore create(SearchCluster cluster, ObjectMapper mapper) {
        return new IssueStore(cluster, mapper);
    }

    /** Writes the report and groups of {@code run}, visible to searches as soon as this returns. */
    public void save(HarvestRun run, ValidationReport report) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        documents.put(run.runId() + ":report", IssueJson.report(mapper, run, report));
        for (IssueGroup group : report.groups()) {
            documents.put(run.runId() + ":" + ContentHash.of(TextNode.valueOf(group.key())),
                    IssueJson.group(mapper, run, group));
        }
        List<String> failures = bulk.index(alias, documents);
        if (!failures.isEmpty()) {
            throw new ClusterException("Validation issues of run " + run.runId() + " were not all written: "
                    + failures.subList(0, Math.min(5, failures.size())));
        }
        cluster.send("POST", "/" + alias + "/_refresh", null);
    }

    /**
     * Gives {@code run}, which validated nothing because nothing had changed since the source's previous validated
     * run, a copy of that run's report and groups: the publisher's issues are the same, and the next run compares
     * with them. Does nothing when the source has no validated run yet.
     */
    public void carryForward(HarvestRun run) {
        Optional<String> previous = previousRunId(run.sourceId(), run.startedAt());
        if (previous.isEmpty()) {
            return;
        }
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        ObjectNode query = mapper.createObjectNode();
        query.put("size", MAX_COPIED);
        query.putObject("query").putObject("term").put("runId", previous.get());
        for (JsonNode hit : search(query).path("hits").path("hits")) {
            ObjectNode copy = ((ObjectNode) hit.path("_source")).deepCopy();
            copy.put("runId", run.runId()).put("startedAt", run.startedAt().toString());
            documents.put(run.runId() + hit.path("_id").asText().substring(previous.get().length()), copy);
        }
        List<String> failures = bulk.index(alias, documents);
        if (!failures.isEmpty()) {
            throw new ClusterException("Validation issues of run " + previous.get() + " were not all carried to run "
                    + run.runId() + ": " + failures.subList(0, Math.min(5, failures.size())));
        }
        cluster.send("POST", "/" + alias + "/_refresh", null);
    }

    /** The report of a run, with the source's previous validated run; empty when the run stored none. */
    public Optional<RunReport> report(String runId) {
        JsonNode hit = first(query(IssueJson.REPORT, runId, 1));
        if (hit.isMissingNode()) {
            return Optional.empty();
        }
        Optional<String> previous = previousRunId(hit.path("sourceId").asText(),
                Instant.parse(hit.path("startedAt").asText()));
        return Optional.of(IssueJson.report(hit, previous));
    }

    /**
     * A page of a run's groups (errors first, the largest first), each with the previous run's count.
     *
     * @param severity only groups of this severity (ERROR, WARNING, INFO), when given
     */
    public GroupPage groups(String runId, int first, int offset, Optional<String> severity) {
        ObjectNode query = query(IssueJson.GROUP, runId, first);
        query.put("from", offset);
        query.put("track_total_hits", true);
        severity.ifPresent(s -> filters(query).addObject().putObject("term").put("severity", s));
        ArrayNode sort = query.putArray("sort");
        sort.addObject().putObject("severityRank").put("order", "asc");
        sort.addObject().putObject("count").put("order", "desc");
        sort.addObject().putObject("key").put("order", "asc");
        JsonNode hits = search(query).path("hits");
        List<JsonNode> docs = new ArrayList<>();
        hits.path("hits").forEach(hit -> docs.add(hit.path("_source")));
        Optional<Map<String, Long>> previous = report(runId).flatMap(RunReport::previousRunId)
                .map(previousRun -> counts(previousRun, docs));
        List<StoredGroup> groups = docs.stream().map(doc -> IssueJson.group(doc, previous
                .map(counts -> OptionalLong.of(counts.getOrDefault(doc.path("key").asText(), 0L)))
                .orElse(OptionalLong.empty()))).toList();
        return new GroupPage(hits.path("total").path("value").asLong(), offset, groups);
    }

    /** The run of {@code sourceId} validated last before {@code startedAt}. */
    private Optional<String> previousRunId(String sourceId, Instant startedAt) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 1);
        ObjectNode bool = query.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("kind", IssueJson.REPORT);
        filter.addObject().putObject("term").put("sourceId", sourceId);
        filter.addObject().putObject("range").putObject("startedAt").put("lt", startedAt.toString());
        query.putArray("sort").addObject().putObject("startedAt").put("order", "desc");
        JsonNode hit = first(query);
        return hit.isMissingNode() ? Optional.empty() : Optional.of(hit.path("runId").asText());
    }

    /** The counts of the given groups' keys in another run. */
    private Map<String, Long> counts(String runId, List<JsonNode> groups) {
        Map<String, Long> counts = new HashMap<>();
        if (groups.isEmpty()) {
            return counts;
        }
        ObjectNode query = query(IssueJson.GROUP, runId, groups.size());
        ArrayNode keys = filters(query).addObject().putObject("terms").putArray("key");
        groups.forEach(group -> keys.add(group.path("key").asText()));
        search(query).path("hits").path("hits").forEach(hit ->
                counts.put(hit.path("_source").path("key").asText(), hit.path("_source").path("count").asLong()));
        return counts;
    }

    private ObjectNode query(String kind, String runId, int size) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", size);
        ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put("kind", kind);
        filter.addObject().putObject("term").put("runId", runId);
        return query;
    }

    private static ArrayNode filters(ObjectNode query) {
        return (ArrayNode) query.path("query").path("bool").path("filter");
    }

    private JsonNode first(ObjectNode query) {
        return search(query).path("hits").path("hits").path(0).path("_source");
    }

    private JsonNode search(ObjectNode query) {
        return cluster.send("POST", "/" + alias + "/_search", query);
    }
}
