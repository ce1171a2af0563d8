package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents fetched by id in one multi-get: real-time, so what was just written is read back without a refresh.
 */
final class StoredDocuments {

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    StoredDocuments(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** The {@code _source} of each document found, by id; {@code fields} limits what is read (empty: all). */
    Map<String, JsonNode> get(String alias, Collection<String> ids, List<String> fields) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode list = body.putArray("ids");
        ids.forEach(list::add);
        String filter = fields.isEmpty() ? "" : "?_source_includes=" + String.join(",", fields);
        JsonNode docs = cluster.send("POST", "/" + alias + "/_mget" + filter, body).path("docs");
        Map<String, JsonNode> found = new LinkedHashMap<>();
        for (JsonNode doc : docs) {
            if (doc.path("found").asBoolean()) {
                found.put(doc.path("_id").asText(), doc.path("_source"));
            }
        }
        return found;
    }
}
