package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import java.io.IOException;
import java.io.InputStream;

/**
 * Installs an index template per index and creates the versioned index behind its alias when the alias
 * does not exist yet. Safe to run at every start: existing indices keep their data, and fields added to a
 * mapping since they were created are added to them (a changed field needs a new index version instead).
 */
public final class IndexSetup {

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

    public static void ensure(SearchCluster cluster, ObjectMapper mapper) {
        IndexSetup setup = new IndexSetup(cluster, mapper);
        JsonNode analysis = setup.resource("/opensearch/analysis.json");
        for (IndexName index : IndexName.values()) {
            setup.ensure(index, analysis);
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

    private void ensure(IndexName index, JsonNode analysis) {
        ObjectNode template = template(index, analysis);
        cluster.send("PUT", "/_index_template/" + index.alias(), template);
        if (cluster.status("HEAD", "/" + index.alias()) == 404) {
            ObjectNode body = mapper.createObjectNode();
            body.putObject("aliases").putObject(index.alias());
            cluster.send("PUT", "/" + index.versioned(), body);
            return;
        }
        cluster.send("PUT", "/" + index.alias() + "/_mapping", template.path("template").path("mappings"));
        cluster.send("PUT", "/" + index.alias() + "/_settings",
                mapper.createObjectNode().put("index.refresh_interval", REFRESH_INTERVAL));
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
