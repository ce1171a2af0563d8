package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copies every document of one index into another, page by page (a scroll and bulk writes), with their ids.
 * Used to migrate an index to a new mapping; needs nothing beyond OpenSearch's core APIs. A document already in the
 * target is left as it is: when several instances migrate at once, one that finished first may already be writing
 * newer versions there, which a late copy must not overwrite.
 */
final class DocumentCopy {

    private static final int PAGE = 1_000;
    private static final String KEEP_ALIVE = "5m";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final BulkWriter bulk;

    DocumentCopy(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.bulk = BulkWriter.create(cluster, mapper);
    }

    /** Copies all documents of {@code from} into {@code to}, each through {@code upgrade}; returns how many. */
    long copy(String from, String to, UnaryOperator<ObjectNode> upgrade) {
        ObjectNode first = mapper.createObjectNode().put("size", PAGE);
        first.putArray("sort").add("_doc");
        JsonNode page = cluster.send("POST", "/" + from + "/_search?scroll=" + KEEP_ALIVE, first);
        long copied = 0;
        while (page.at("/hits/hits").size() > 0) {
            copied += write(to, page.at("/hits/hits"), upgrade);
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

    private int write(String to, JsonNode hits, UnaryOperator<ObjectNode> upgrade) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        hits.forEach(hit -> documents.put(hit.path("_id").asText(), upgrade.apply((ObjectNode) hit.path("_source"))));
        List<String> failed = bulk.createAbsent(to, documents);
        if (!failed.isEmpty()) {
            throw new ClusterException("Could not copy document " + failed.getFirst() + " into " + to
                    + ". The alias still points to the old index, untouched.");
        }
        return hits.size();
    }
}
