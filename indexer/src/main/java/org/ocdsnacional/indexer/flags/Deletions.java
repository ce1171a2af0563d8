package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Deletes the documents of an index that match a query, in bulk (the embedded node has no delete-by-query): small
 * indices only, such as the flagged organizations and the reference lists.
 */
final class Deletions {

    private static final int PAGE = 5_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    Deletions(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** Deletes every document of {@code alias} that {@code query} matches, then refreshes it. */
    void matching(String alias, JsonNode query) {
        cluster.send("POST", "/" + alias + "/_refresh", null);
        while (true) {
            ObjectNode body = mapper.createObjectNode().put("size", PAGE).put("_source", false);
            body.set("query", query);
            JsonNode hits = cluster.send("POST", "/" + alias + "/_search", body).path("hits").path("hits");
            if (hits.isEmpty()) {
                return;
            }
            List<String> ids = new ArrayList<>();
            hits.forEach(hit -> ids.add(hit.path("_id").asText()));
            delete(alias, ids);
            cluster.send("POST", "/" + alias + "/_refresh", null);
        }
    }

    /** Deletes the documents of {@code alias} with these ids (those absent are no error), then refreshes it. */
    void byIds(String alias, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        delete(alias, ids);
        cluster.send("POST", "/" + alias + "/_refresh", null);
    }

    private void delete(String alias, Collection<String> ids) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try {
            for (String id : ids) {
                ObjectNode action = mapper.createObjectNode();
                action.putObject("delete").put("_index", alias).put("_id", id);
                lines.write(mapper.writeValueAsBytes(action));
                lines.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode answer = cluster.bulk(lines.toByteArray());
        if (answer.path("errors").asBoolean()) {
            throw new ClusterException("Could not delete from " + alias + ": "
                    + answer.path("items").toString());
        }
    }
}
