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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Searches contracting processes and fetches one. */
public final class ProcessSearch {

    /** Totals are exact up to this many processes; beyond it they are a lower bound, labelled as such. */
    public static final int EXACT_TOTAL_BOUND = 100_000;
    /** The client of {@link #search(ProcessQuery)}: callers that do not page on behalf of distinct clients. */
    public static final String ANY_CLIENT = "";
    /** How much longer than a cursor a point in time is kept alive, so that it never ends before its cursors. */
    private static final Duration KEEP_ALIVE_MARGIN = Duration.ofMinutes(1);
    /** Fields of the process document (see {@code ingest.ProcessDocument}) that hits may leave out. */
    private static final String FULL_TEXT = "fullText";
    private static final String COMPILED_RELEASE = "compiledRelease";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final FilterQuery filters;
    private final Cursor cursors;
    private final PointsInTime pointsInTime;
    private final Duration cursorLifetime;
    private final String keepAlive;

    private ProcessSearch(SearchCluster cluster, ObjectMapper mapper, PagingConfig paging, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.filters = new FilterQuery(mapper);
        this.cursorLifetime = paging.cursorLifetime();
        this.cursors = new Cursor(mapper, CursorSeal.of(paging.cursorSecret()), clock, cursorLifetime);
        Duration keepAlive = cursorLifetime.plus(KEEP_ALIVE_MARGIN);
        this.keepAlive = keepAlive.toSeconds() + "s";
        this.pointsInTime = new PointsInTime(paging, clock, keepAlive, this::openPointInTime);
    }

    /** A search with the default paging ({@link PagingConfig#DEFAULTS}). */
    public static ProcessSearch create(SearchCluster cluster, ObjectMapper mapper) {
        return create(cluster, mapper, PagingConfig.DEFAULTS, Clock.systemUTC());
    }

    public static ProcessSearch create(SearchCluster cluster, ObjectMapper mapper, PagingConfig paging, Clock clock) {
        return new ProcessSearch(cluster, mapper, paging, clock);
    }

    /** One page of processes, for a caller that does not page on behalf of distinct clients. */
    public ProcessPage search(ProcessQuery query) {
        return search(query, ANY_CLIENT);
    }

    /**
     * One page of processes, asked by {@code client} (the key its points in time are counted under). The first
     * page reads the live index; a following page reads a point in time (kept alive for the cursor lifetime after
     * each page, and shared by the continuations of the same search), so deep pages are as cheap as the first
     * ({@code search_after}) and a harvest running meanwhile does not shift them. When the client or the server
     * holds as many points in time as allowed ({@link PagingConfig}), the page reads the live index instead.
     *
     * @throws InvalidQueryException for a cursor this server did not issue for this query, or an expired one
     *                               ({@link InvalidQueryException#CURSOR_EXPIRED})
     */
    public ProcessPage search(ProcessQuery query, String client) {
        ProcessOrder order = query.effectiveOrder();
        if (order.field() == ProcessOrder.Field.RELEVANCE && !query.hasText()) {
            throw new InvalidQueryException("Ordenar por relevancia requiere texto / Ordering by relevance needs "
                    + "a «query» text.");
        }
        String signature = order.signature() + "|" + Integer.toHexString((query.text().orElse("") + query.filter())
                .hashCode());
        Optional<Cursor.Position> position = query.after().map(after -> cursors.decode(signature, after));
        ObjectNode body = mapper.createObjectNode();
        body.put("size", query.first() + 1);
        body.put("track_total_hits", EXACT_TOTAL_BOUND);
        body.set("query", filters.build(query.text(), query.filter()));
        body.set("sort", sort(order));
        body.set("_source", sourceExcludes(query));
        if (position.isEmpty()) {
            return page(processes(body), query.first(), signature, Optional.empty());
        }
        body.set("search_after", position.get().after());
        Optional<String> carried = position.get().pointInTime();
        if (carried.isPresent()) {
            return page(searchPointInTime(body, carried.get()), query.first(), signature, carried);
        }
        return continuation(body, query.first(), signature, client);
    }

    /** The second page of a search: on a point in time of the same search, a new one, or the live index. */
    private ProcessPage continuation(ObjectNode body, int first, String signature, String client) {
        Optional<String> pit = pointsInTime.acquire(signature, client);
        if (pit.isEmpty()) {
            return page(processes(body), first, signature, Optional.empty());
        }
        try {
            return page(searchPointInTime(body, pit.get()), first, signature, pit);
        } catch (InvalidQueryException expired) {
            pointsInTime.forget(pit.get());
            body.remove("pit");
            return page(processes(body), first, signature, Optional.empty());
        }
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
        String path = "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        if (cluster.status("HEAD", path) == 404) {
            return Optional.empty();
        }
        return Optional.of(cluster.send("GET", path, null).path("_source"));
    }

    private ProcessPage page(JsonNode answer, int first, String signature, Optional<String> pit) {
        JsonNode hits = answer.path("hits");
        List<ProcessPage.Hit> page = new ArrayList<>();
        JsonNode list = hits.path("hits");
        for (int i = 0; i < Math.min(first, list.size()); i++) {
            JsonNode hit = list.get(i);
            page.add(new ProcessPage.Hit(cursors.encode(signature, hit.path("sort"), pit), hit.path("_source")));
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
        String path = "/" + IndexName.PROCESSES.alias(cluster) + "/_search/point_in_time?keep_alive=" + keepAlive;
        return cluster.send("POST", path, null).path("pit_id").asText();
    }

    /** A page read on point in time {@code id}; a point in time OpenSearch no longer has is an expired cursor. */
    private JsonNode searchPointInTime(ObjectNode body, String id) {
        body.putObject("pit").put("id", id).put("keep_alive", keepAlive);
        try {
            JsonNode answer = cluster.send("POST", "/_search", body);
            pointsInTime.used(id);
            return answer;
        } catch (ClusterException e) {
            if (e.status() == 404 || e.hasErrorType("search_context_missing_exception")) {
                pointsInTime.forget(id);
                throw Cursor.expired(cursorLifetime);
            }
            throw e;
        }
    }

    private JsonNode processes(ObjectNode body) {
        return cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body);
    }
}
