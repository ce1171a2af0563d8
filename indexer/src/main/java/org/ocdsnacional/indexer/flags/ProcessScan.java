package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the process documents that match a query, page by page in the order of their keys ({@code search_after}),
 * with only the fields asked: memory holds one page, whatever the number of documents. Documents changed while the
 * scan goes on are read as they are when their page is asked.
 */
final class ProcessScan {

    /** The most ids or terms one query lists. */
    static final int TERMS_CHUNK = 1_000;
    private static final String SCROLL_KEEP_ALIVE = "2m";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    ProcessScan(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** Hands {@code pages} the {@code _source} of every document that matches, {@code size} at a time. */
    void each(JsonNode query, List<String> fields, int size, Consumer<List<JsonNode>> pages) {
        ObjectNode request = mapper.createObjectNode();
        request.set("query", query);
        ArrayNode includes = request.putObject("_source").putArray("includes").add("key");
        fields.forEach(includes::add);
        eachHits(request, size, hits -> {
            List<JsonNode> page = new ArrayList<>();
            hits.forEach(hit -> page.add(hit.path("_source")));
            pages.accept(page);
        });
    }

    /**
     * Hands {@code pages} the hits of {@code request} (its query and what each hit carries), {@code size} at a time
     * in the order of the keys; each hit's first sort value is its key. Empty pages are not handed.
     */
    void eachHits(ObjectNode request, int size, Consumer<JsonNode> pages) {
        JsonNode after = null;
        while (true) {
            ObjectNode body = request.deepCopy().put("size", size);
            body.putArray("sort").addObject().put("key", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body)
                    .path("hits").path("hits");
            if (!hits.isEmpty()) {
                pages.accept(hits);
            }
            if (hits.size() < size) {
                return;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /**
     * Hands {@code values} the doc values of {@code field} (each as the node OpenSearch formats it) of every document
     * that matches, {@code size} at a time, in no particular order. Reads no source: a scroll over one snapshot of the
     * index, in index order, one pass over the matching documents whatever their number.
     */
    void eachValue(JsonNode query, String field, int size, Consumer<JsonNode> values) {
        ObjectNode body = mapper.createObjectNode().put("size", size).put("_source", false)
                .put("stored_fields", "_none_");
        body.set("query", query);
        body.putArray("docvalue_fields").add(field);
        body.putArray("sort").add("_doc");
        JsonNode page = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search?scroll="
                + SCROLL_KEEP_ALIVE, body);
        try {
            while (true) {
                JsonNode hits = page.path("hits").path("hits");
                hits.forEach(hit -> hit.path("fields").path(field).forEach(values));
                if (hits.size() < size) {
                    return;
                }
                ObjectNode next = mapper.createObjectNode().put("scroll", SCROLL_KEEP_ALIVE)
                        .put("scroll_id", page.path("_scroll_id").asText());
                page = cluster.send("POST", "/_search/scroll", next);
            }
        } finally {
            ObjectNode clear = mapper.createObjectNode();
            clear.putArray("scroll_id").add(page.path("_scroll_id").asText());
            cluster.send("DELETE", "/_search/scroll", clear);
        }
    }

    /** A query for the documents with these keys. */
    ObjectNode keys(Collection<String> keys) {
        ObjectNode query = mapper.createObjectNode();
        ArrayNode values = query.putObject("ids").putArray("values");
        keys.forEach(values::add);
        return query;
    }

    /** A query: {@code field} has any of {@code values}. */
    ObjectNode terms(String field, Collection<String> values) {
        ObjectNode query = mapper.createObjectNode();
        ArrayNode list = query.putObject("terms").putArray(field);
        values.forEach(list::add);
        return query;
    }

    ObjectNode term(String field, String value) {
        ObjectNode query = mapper.createObjectNode();
        query.putObject("term").put(field, value);
        return query;
    }

    ObjectNode nested(String path, JsonNode query) {
        ObjectNode nested = mapper.createObjectNode();
        nested.putObject("nested").put("path", path).set("query", query);
        return nested;
    }

    ObjectNode matchNone() {
        ObjectNode none = mapper.createObjectNode();
        none.putObject("match_none");
        return none;
    }

    /** Any of {@code queries}. */
    ObjectNode anyOf(List<? extends JsonNode> queries) {
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode should = bool.putObject("bool").put("minimum_should_match", 1).putArray("should");
        queries.forEach(should::add);
        return bool;
    }

    /** {@code query} and not {@code excluded}. */
    ObjectNode butNot(JsonNode query, JsonNode excluded) {
        ObjectNode bool = mapper.createObjectNode();
        ObjectNode clauses = bool.putObject("bool");
        clauses.putArray("filter").add(query);
        clauses.putArray("must_not").add(excluded);
        return bool;
    }
}
