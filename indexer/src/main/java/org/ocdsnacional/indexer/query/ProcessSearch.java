package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ProcessKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Searches contracting processes and fetches one. */
public final class ProcessSearch {

    /** Totals are exact up to this many processes; beyond it they are a lower bound, labelled as such. */
    public static final int EXACT_TOTAL_BOUND = 100_000;
    static final String KEEP_ALIVE = "5m";
    /** Fields of the process document (see {@code ingest.ProcessDocument}) that hits may leave out. */
    private static final String FULL_TEXT = "fullText";
    private static final String COMPILED_RELEASE = "compiledRelease";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final FilterQuery filters;
    private final Cursor cursors;

    private ProcessSearch(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.filters = new FilterQuery(mapper);
        this.cursors = new Cursor(mapper);
    }

    public static ProcessSearch create(SearchCluster cluster, ObjectMapper mapper) {
        return new ProcessSearch(cluster, mapper);
    }

    /**
     * One page of processes. The first page reads the live index; asking for a following page opens a
     * point in time (kept {@value #KEEP_ALIVE} between pages) that every later page reads, so deep pages are as
     * cheap as the first ({@code search_after}) and a harvest running meanwhile does not shift them.
     */
    public ProcessPage search(ProcessQuery query) {
        ProcessOrder order = query.effectiveOrder();
        if (order.field() == ProcessOrder.Field.RELEVANCE && !query.hasText()) {
            throw new InvalidQueryException("Ordenar por relevancia requiere texto / Ordering by relevance needs "
                    + "a «query» text.");
        }
        String signature = signature(query, order);
        Optional<Cursor.Position> position = query.after().map(after -> cursors.decode(signature, after));
        Optional<String> pit = position.map(p -> p.pointInTime().orElseGet(this::openPointInTime));
        ObjectNode body = mapper.createObjectNode();
        body.put("size", query.first() + 1);
        body.put("track_total_hits", EXACT_TOTAL_BOUND);
        body.set("query", filters.build(query.text(), query.filter()));
        body.set("sort", sort(order));
        body.set("_source", sourceExcludes(query));
        position.ifPresent(p -> body.set("search_after", p.after()));
        pit.ifPresent(id -> body.putObject("pit").put("id", id).put("keep_alive", KEEP_ALIVE));
        highlight(query, body);
        JsonNode hits = (pit.isPresent() ? searchPointInTime(body) : processes(body)).path("hits");
        ProcessPage page = page(hits, query.first(), signature, pit);
        if (!page.hasNext()) {
            pit.ifPresent(this::closePointInTime);
        }
        return page;
    }

    /**
     * The page of processes just before the one whose cursor is {@code before}, in the query's order: paging back.
     * It reads the cursor's point in time, or a new one when that one was closed (the last page forward closes it)
     * or expired; the page's {@code hasNext} says whether more processes come before it. {@code query.after()} is
     * ignored.
     */
    public ProcessPage searchBefore(ProcessQuery query, String before) {
        ProcessOrder order = query.effectiveOrder();
        String signature = signature(query, order);
        Cursor.Position position = cursors.decode(signature, before);
        String pit = position.pointInTime().filter(this::pointInTimeAlive).orElseGet(this::openPointInTime);
        ObjectNode body = mapper.createObjectNode();
        body.put("size", query.first() + 1);
        body.put("track_total_hits", EXACT_TOTAL_BOUND);
        body.set("query", filters.build(query.text(), query.filter()));
        body.set("sort", reversed(sort(order)));
        body.set("_source", sourceExcludes(query));
        body.set("search_after", position.after());
        body.putObject("pit").put("id", pit).put("keep_alive", KEEP_ALIVE);
        highlight(query, body);
        JsonNode hits = searchPointInTime(body).path("hits");
        ProcessPage backwards = page(hits, query.first(), signature, Optional.of(pit));
        List<ProcessPage.Hit> inOrder = new ArrayList<>(backwards.hits());
        Collections.reverse(inOrder);
        return new ProcessPage(backwards.total(), backwards.totalExact(), inOrder, backwards.hasNext());
    }

    /**
     * One process by ocid. A registered-style ocid names one process across sources; an unprefixed one is only
     * unique within a source, so {@code sourceId} picks which (the first match otherwise).
     */
    public Optional<JsonNode> process(String ocid, Optional<String> sourceId) {
        if (ProcessKey.isGlobal(ocid) || sourceId.isPresent()) {
            return byKey(ProcessKey.of(sourceId.orElse(""), ocid));
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 1);
        body.putObject("query").putObject("term").put("ocid", ocid);
        body.putArray("sort").addObject().putObject("key").put("order", "asc");
        JsonNode hit = processes(body).path("hits").path("hits").path(0);
        return hit.isMissingNode() ? Optional.empty() : Optional.of(hit.path("_source"));
    }

    private Optional<JsonNode> byKey(String key) {
        String path = "/" + IndexName.PROCESSES.alias() + "/_doc/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        if (cluster.status("HEAD", path) == 404) {
            return Optional.empty();
        }
        return Optional.of(cluster.send("GET", path, null).path("_source"));
    }

    private static String signature(ProcessQuery query, ProcessOrder order) {
        return order.signature() + "|" + Integer.toHexString((query.text().orElse("") + query.filter()).hashCode());
    }

    private ProcessPage page(JsonNode hits, int first, String signature, Optional<String> pit) {
        List<ProcessPage.Hit> page = new ArrayList<>();
        JsonNode list = hits.path("hits");
        for (int i = 0; i < Math.min(first, list.size()); i++) {
            JsonNode hit = list.get(i);
            page.add(new ProcessPage.Hit(cursors.encode(signature, hit.path("sort"), pit), hit.path("_source"),
                    highlights(hit.path("highlight"))));
        }
        JsonNode total = hits.path("total");
        return new ProcessPage(total.path("value").asLong(), "eq".equals(total.path("relation").asText()), page,
                list.size() > first);
    }

    /** Hits never carry the search-only text; they carry the compiled release only when asked to. */
    private ObjectNode sourceExcludes(ProcessQuery query) {
        ObjectNode source = mapper.createObjectNode();
        ArrayNode excludes = source.putArray("excludes").add(FULL_TEXT);
        if (!query.compiledRelease()) {
            excludes.add(COMPILED_RELEASE);
        }
        return source;
    }

    /** Asks for the passages that match the text, marked with characters that never occur in data. */
    private void highlight(ProcessQuery query, ObjectNode body) {
        if (!query.highlight() || !query.hasText()) {
            return;
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add(String.valueOf(ProcessPage.Hit.MATCH_START));
        highlight.putArray("post_tags").add(String.valueOf(ProcessPage.Hit.MATCH_END));
        highlight.put("encoder", "default");
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject("title").put("number_of_fragments", 0);
        fields.putObject("description").put("fragment_size", 220).put("number_of_fragments", 1);
        fields.putObject(FULL_TEXT).put("fragment_size", 160).put("number_of_fragments", 2);
    }

    private static Map<String, List<String>> highlights(JsonNode highlight) {
        Map<String, List<String>> passages = new LinkedHashMap<>();
        highlight.properties().forEach(field -> {
            List<String> texts = new ArrayList<>();
            field.getValue().forEach(text -> texts.add(text.asText()));
            passages.put(field.getKey(), texts);
        });
        return passages;
    }

    /** The same ordering, every direction turned round: what comes just before a position, nearest first. */
    private ArrayNode reversed(ArrayNode sort) {
        ArrayNode reversed = mapper.createArrayNode();
        for (JsonNode clause : sort) {
            ObjectNode copy = clause.deepCopy();
            copy.properties().forEach(field -> {
                ObjectNode options = (ObjectNode) field.getValue();
                options.put("order", "asc".equals(options.path("order").asText()) ? "desc" : "asc");
                if (options.has("missing")) {
                    options.put("missing", "_last".equals(options.path("missing").asText()) ? "_first" : "_last");
                }
            });
            reversed.add(copy);
        }
        return reversed;
    }

    private ArrayNode sort(ProcessOrder order) {
        ArrayNode sort = mapper.createArrayNode();
        String direction = order.ascending() ? "asc" : "desc";
        switch (order.field()) {
            case RELEVANCE -> sort.addObject().putObject("_score").put("order", "desc");
            case DATE -> sort.addObject().putObject("date").put("order", direction).put("missing", "_last");
            case AMOUNT -> sort.addObject().set("awarded.minor", amountSort(order, direction));
        }
        sort.addObject().putObject("key").put("order", "asc");
        return sort;
    }

    private ObjectNode amountSort(ProcessOrder order, String direction) {
        ObjectNode amount = mapper.createObjectNode();
        amount.put("order", direction).put("mode", order.ascending() ? "min" : "max").put("missing", "_last");
        ObjectNode nested = amount.putObject("nested").put("path", "awarded");
        nested.putObject("filter").putObject("term").put("awarded.currency", order.currency());
        return amount;
    }

    private String openPointInTime() {
        String path = "/" + IndexName.PROCESSES.alias() + "/_search/point_in_time?keep_alive=" + KEEP_ALIVE;
        return cluster.send("POST", path, null).path("pit_id").asText();
    }

    private boolean pointInTimeAlive(String id) {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.putObject("pit").put("id", id).put("keep_alive", KEEP_ALIVE);
        try {
            cluster.send("POST", "/_search", body);
            return true;
        } catch (ClusterException e) {
            return false;
        }
    }

    /** The last page was read: free the point in time now rather than when it expires. */
    private void closePointInTime(String id) {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("pit_id").add(id);
        cluster.send("DELETE", "/_search/point_in_time", body);
    }

    private JsonNode searchPointInTime(ObjectNode body) {
        try {
            return cluster.send("POST", "/_search", body);
        } catch (ClusterException e) {
            if (String.valueOf(e.getMessage()).contains("search_context_missing")) {
                throw new InvalidQueryException("El cursor expiró (más de " + KEEP_ALIVE + " sin usarse); vuelva a "
                        + "la primera página / The cursor expired (unused for more than " + KEEP_ALIVE
                        + "); start again from the first page.");
            }
            throw e;
        }
    }

    private JsonNode processes(ObjectNode body) {
        return cluster.send("POST", "/" + IndexName.PROCESSES.alias() + "/_search", body);
    }
}
