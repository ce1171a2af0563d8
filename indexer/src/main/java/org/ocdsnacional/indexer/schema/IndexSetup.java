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

/**
 * Installs an index template per index and creates the versioned index behind its alias when the alias
 * does not exist yet; when the alias points to an older version, migrates it. Safe to run at every start.
 */
public final class IndexSetup {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

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
    }

    private void ensure(IndexName index, JsonNode analysis) {
        cluster.send("PUT", "/_index_template/" + index.alias(), template(index, analysis));
        if (cluster.status("HEAD", "/" + index.alias()) == 404) {
            ObjectNode body = mapper.createObjectNode();
            body.putObject("aliases").putObject(index.alias());
            cluster.send("PUT", "/" + index.versioned(), body);
            return;
        }
        String current = cluster.send("GET", "/_alias/" + index.alias(), null).fieldNames().next();
        if (!current.equals(index.versioned())) {
            migrate(index, current);
        }
    }

    /**
     * Moves an index to this version's mapping: builds the new versioned index beside the old one, copies every
     * document, then swaps the alias in one atomic step. If anything fails the alias still points to the old
     * index, untouched; the old index is kept after a success, for the operator to delete.
     */
    private void migrate(IndexName index, String current) {
        LOG.warn("Index {} points to {}; this version uses {}: copying documents into it", index.alias(), current,
                index.versioned());
        if (cluster.status("HEAD", "/" + index.versioned()) == 404) {
            cluster.send("PUT", "/" + index.versioned(), mapper.createObjectNode());
        }
        long copied = new DocumentCopy(cluster, mapper).copy(current, index.versioned());
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
