package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Installs an index template per index and creates the versioned index behind its alias when the alias
 * does not exist yet. Safe to run at every start: existing indices keep their data, fields added to a mapping
 * since they were created are added to them, and an alias that points to an older version of an index (a
 * changed field) is migrated to the new version.
 */
public final class IndexSetup {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

    /**
     * Writers refresh when a run ends (and run records are written with a refresh), so the periodic refresh only
     * needs to catch what nothing else refreshed; a long interval spares the bulk loads.
     */
    private static final String REFRESH_INTERVAL = "30s";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private IndexSetup(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** Prepares every index; an index that moves to a new version gets its documents copied as they are. */
    public static void ensure(SearchCluster cluster, ObjectMapper mapper) {
        ensure(cluster, mapper, Map.of());
    }

    /**
     * Prepares every index; an index that moves to a new version gets its documents copied through its upgrade in
     * {@code upgrades} (which computes again what the new version derives differently), or as they are.
     */
    public static void ensure(SearchCluster cluster, ObjectMapper mapper,
                              Map<IndexName, UnaryOperator<ObjectNode>> upgrades) {
        IndexSetup setup = new IndexSetup(cluster, mapper);
        JsonNode analysis = setup.resource("/opensearch/analysis.json");
        for (IndexName index : IndexName.values()) {
            setup.ensure(index, analysis, upgrades.getOrDefault(index, UnaryOperator.identity()));
        }
        waitUntilReadable(cluster);
    }

    /**
     * After a restart (and above all after a crash) the shards recover from disk for a while: wait until every
     * primary is there, so that the first reads and writes do not fail.
     */
    private static void waitUntilReadable(SearchCluster cluster) {
        JsonNode health = cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
        if (health.path("timed_out").asBoolean()) {
            throw new ClusterException("OpenSearch did not make the indices available within 60 s (status "
                    + health.path("status").asText() + "): see its log.");
        }
    }

    private void ensure(IndexName index, JsonNode analysis, UnaryOperator<ObjectNode> upgrade) {
        ObjectNode template = template(index, analysis);
        cluster.send("PUT", "/_index_template/" + index.alias(), template);
        if (cluster.status("HEAD", "/" + index.alias()) == 404) {
            ObjectNode body = mapper.createObjectNode();
            body.putObject("aliases").putObject(index.alias());
            cluster.send("PUT", "/" + index.versioned(), body);
            return;
        }
        String current = cluster.send("GET", "/_alias/" + index.alias(), null).fieldNames().next();
        if (!current.equals(index.versioned())) {
            migrate(index, current, upgrade);
            return;
        }
        cluster.send("PUT", "/" + index.alias() + "/_mapping", template.path("template").path("mappings"));
        cluster.send("PUT", "/" + index.alias() + "/_settings",
                mapper.createObjectNode().put("index.refresh_interval", REFRESH_INTERVAL));
    }

    /**
     * Moves an index to this version's mapping: builds the new versioned index beside the old one, copies every
     * document (through {@code upgrade}), then swaps the alias in one atomic step. If anything fails the alias still points to the old
     * index, untouched; the old index is kept after a success, for the operator to delete.
     */
    private void migrate(IndexName index, String current, UnaryOperator<ObjectNode> upgrade) {
        LOG.warn("Index {} points to {}; this version uses {}: copying documents into it", index.alias(), current,
                index.versioned());
        if (cluster.status("HEAD", "/" + index.versioned()) == 404) {
            cluster.send("PUT", "/" + index.versioned(), mapper.createObjectNode());
        }
        long copied = new DocumentCopy(cluster, mapper).copy(current, index.versioned(), upgrade);
        ObjectNode swap = mapper.createObjectNode();
        ArrayNode actions = swap.putArray("actions");
        actions.addObject().putObject("remove").put("index", current).put("alias", index.alias());
        actions.addObject().putObject("add").put("index", index.versioned()).put("alias", index.alias());
        cluster.send("POST", "/_aliases", swap);
        LOG.warn("Index {} now points to {} ({} documents copied); {} is kept: delete it when no longer needed",
                index.alias(), index.versioned(), copied, current);
    }

    private ObjectNode template(IndexName index, JsonNode analysis) {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("index_patterns").add(index.alias() + "-v*");
        ObjectNode template = body.putObject("template");
        ObjectNode settings = template.putObject("settings");
        settings.put("number_of_shards", 1);
        settings.put("auto_expand_replicas", "0-1");
        settings.put("refresh_interval", REFRESH_INTERVAL);
        settings.set("analysis", analysis);
        template.set("mappings", resource(index.mappingResource()));
        return body;
    }

    private JsonNode resource(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ClusterException("Missing index definition on the classpath: " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new ClusterException("Unreadable index definition " + name + ": " + e.getMessage(), e);
        }
    }
}
