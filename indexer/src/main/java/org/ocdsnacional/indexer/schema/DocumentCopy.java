package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;

import java.io.IOException;

/**
 * Copies every document of one index into another, page by page (a scroll and bulk writes), with their ids.
 * Used to migrate an index to a new mapping; needs nothing beyond OpenSearch's core APIs.
 */
final class DocumentCopy {

    private static final int PAGE = 1_000;
    private static final String KEEP_ALIVE = "5m";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    DocumentCopy(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** Copies all documents of {@code from} into {@code to}; returns how many. */
    long copy(String from, String to) {
        ObjectNode first = mapper.createObjectNode().put("size", PAGE);
        first.putArray("sort").add("_doc");
        JsonNode page = cluster.send("POST", "/" + from + "/_search?scroll=" + KEEP_ALIVE, first);
        long copied = 0;
        while (page.at("/hits/hits").size() > 0) {
            copied += write(to, page.at("/hits/hits"));
            ObjectNode next = mapper.createObjectNode().put("scroll", KEEP_ALIVE)
                    .put("scroll_id", page.path("_scroll_id").asText());
            page = cluster.send("POST", "/_search/scroll", next);
        }
        ObjectNode clear = mapper.createObjectNode();
        clear.putArray("scroll_id").add(page.path("_scroll_id").asText());
        cluster.send("DELETE", "/_search/scroll", clear);
        cluster.send("POST", "/" + to + "/_refresh", null);
        return copied;
    }

    private int write(String to, JsonNode hits) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        hits.forEach(hit -> bulk.operations(op -> op.index(index -> index.index(to).id(hit.path("_id").asText())
                .document(hit.path("_source")))));
        try {
            BulkResponse response = cluster.client().bulk(bulk.build());
            if (response.errors()) {
                var failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
                throw new ClusterException("Could not copy document " + failed.id() + " into " + to + ": "
                        + failed.error().reason() + ". The alias still points to the old index, untouched.");
            }
            return hits.size();
        } catch (IOException e) {
            throw new ClusterException("Copy into " + to + " failed: " + e.getMessage(), e);
        }
    }
}
