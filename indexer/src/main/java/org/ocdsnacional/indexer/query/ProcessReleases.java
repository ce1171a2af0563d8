package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The releases stored for a process, oldest first: what was published, by whom, and what validation said. */
public final class ProcessReleases {

    /** More releases than any real process has; a process beyond it is served its first ones. */
    static final int MAX_RELEASES = 1_000;
    /**
     * What a release document holds besides the release as published, and the date it was published with. (Asked
     * field by field: OpenSearch rewrites a filtered source, so the release itself is read only unfiltered, its
     * decimals exactly as published.)
     */
    private static final List<String> WITHOUT_JSON = List.of("uid", "sourceId", "runId", "ocid", "processKey",
            "releaseId", "date", "tags", "hash", "packageVersion", "packageExtensions", "documentUrl", "withdrawn",
            "harvestedAt", "validation", "json.date");

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private ProcessReleases(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    public static ProcessReleases create(SearchCluster cluster, ObjectMapper mapper) {
        return new ProcessReleases(cluster, mapper);
    }

    /** The stored release documents of a process key ({@code sourceId}, {@code releaseId}, {@code json}, ...). */
    public List<JsonNode> of(String processKey) {
        return of(List.of(processKey)).getOrDefault(processKey, List.of());
    }

    /** The stored releases of several processes in one request, by process key. */
    public Map<String, List<JsonNode>> of(Collection<String> processKeys) {
        return of(processKeys, true);
    }

    /**
     * The stored releases of several processes in one request, by process key; without the release as published
     * ({@code json}, by far the largest part) unless {@code withJson}.
     */
    public Map<String, List<JsonNode>> of(Collection<String> processKeys, boolean withJson) {
        if (processKeys.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("size", Math.min(MAX_RELEASES * processKeys.size(), 10_000));
        if (!withJson) {
            ArrayNode fields = body.putObject("_source").putArray("includes");
            WITHOUT_JSON.forEach(fields::add);
        }
        var keys = body.putObject("query").putObject("terms").putArray("processKey");
        processKeys.forEach(keys::add);
        var sort = body.putArray("sort");
        sort.addObject().putObject("date").put("order", "asc").put("missing", "_first");
        sort.addObject().putObject("uid").put("order", "asc");
        Map<String, List<JsonNode>> releases = new HashMap<>();
        for (JsonNode hit : cluster.send("POST", "/" + IndexName.RELEASES.alias(cluster) + "/_search", body).at("/hits/hits")) {
            JsonNode release = hit.path("_source");
            releases.computeIfAbsent(release.path("processKey").asText(), key -> new ArrayList<>()).add(release);
        }
        return releases;
    }
}
