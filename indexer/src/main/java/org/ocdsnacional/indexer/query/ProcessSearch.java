package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.ProcessSummary;
import org.ocdsnacional.ocds.model.ProcessKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
    /** The client of {@link #search(ProcessQuery)}: callers that do not page on behalf of distinct clients. */
    public static final String ANY_CLIENT = "";
    /** How much longer than a cursor a point in time is kept alive, so that it never ends before its cursors. */
    private static final Duration KEEP_ALIVE_MARGIN = Duration.ofMinutes(1);
    /** Fields of the process document (see {@code ingest.ProcessDocument}) that hits may leave out. */
    private static final String FULL_TEXT = "fullText";
    private static final String COMPILED_RELEASE = "compiledRelease";
    /** Fields of the process document that only flagging reads. */
    private static final List<String> FLAGGING_ONLY = List.of("observation", "publication");

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
        ProcessOrder order = checkedOrder(query);
        String signature = signature(query, order);
        Optional<Cursor.Position> position = query.after().map(after -> cursors.decode(signature, after));
        ObjectNode body = body(query, sort(order));
        if (position.isEmpty()) {
            return page(processes(body), query.first(), signature, Optional.empty());
        }
        return following(body, position.get(), query.first(), signature, client);
    }

    /**
     * One page of a download of every process of a search: as {@link #search(ProcessQuery, String)} (the same order,
     * cursors, points in time and bounds), except that the matches are counted on the first page only (a page after
     * a cursor has a total of 0: counting up to {@value #EXACT_TOTAL_BOUND} on every page is most of its cost), no
     * passage is highlighted, each hit carries only {@code fields} of the process document (with its compiled
     * release only when {@code query.compiledRelease()} asks for it; read from the process's summary column alone
     * when it holds them all, see {@link DownloadFields}), and only the last hit carries a cursor (the others an
     * empty one): a download reads on from there.
     */
    public ProcessPage download(ProcessQuery query, List<String> fields, String client) {
        ProcessOrder order = checkedOrder(query);
        String signature = signature(query, order);
        Optional<Cursor.Position> position = query.after().map(after -> cursors.decode(signature, after));
        ObjectNode body = body(query, sort(order));
        body.remove("highlight");
        body.remove("_source");
        DownloadFields asked = new DownloadFields(cluster, mapper, fields, query.compiledRelease());
        asked.ask(body);
        if (position.isEmpty()) {
            return page(asked.read(processes(body)), query.first(), signature, Optional.empty(), false);
        }
        body.put("track_total_hits", false);
        body.set("search_after", position.get().after());
        Optional<String> carried = position.get().pointInTime();
        if (carried.isPresent()) {
            return page(asked.read(searchPointInTime(body, carried.get())), query.first(), signature, carried, false);
        }
        Optional<String> own = pointsInTime.acquireOwn(signature, client);
        if (own.isEmpty()) {
            return page(asked.read(processes(body)), query.first(), signature, Optional.empty(), false);
        }
        return page(asked.read(searchPointInTime(body, own.get())), query.first(), signature, own, false);
    }

    /**
     * A download is done (complete, cut at its limit, or abandoned) after the page whose last cursor is {@code last}:
     * the point in time its pages read, its own, is closed at once rather than held for the cursor lifetime against
     * the bounds of {@link PagingConfig}. A cursor of another query, or without a point in time, closes nothing.
     */
    public void endDownload(ProcessQuery query, String last) {
        Optional<String> pit;
        try {
            pit = cursors.decode(signature(query, checkedOrder(query)), last).pointInTime();
        } catch (InvalidQueryException notOurs) {
            return;
        }
        pit.ifPresent(id -> pointsInTime.release(id, this::closePointInTime));
    }

    /** {@link #searchBefore(ProcessQuery, String, String)} for a caller that does not page for distinct clients. */
    public ProcessPage searchBefore(ProcessQuery query, String before) {
        return searchBefore(query, before, ANY_CLIENT);
    }

    /**
     * The page of processes just before the one whose cursor is {@code before}, in the query's order: paging back,
     * asked by {@code client}. It follows the rules of {@link #search(ProcessQuery, String)}: the cursor must be one
     * this server issued for the same query, within its lifetime; the page reads the cursor's point in time, or one
     * acquired under the same bounds (the live index past them). The page's {@code hasNext} says whether more
     * processes come before it. {@code query.after()} is ignored.
     *
     * @throws InvalidQueryException for a cursor this server did not issue for this query, or an expired one
     */
    public ProcessPage searchBefore(ProcessQuery query, String before, String client) {
        ProcessOrder order = checkedOrder(query);
        String signature = signature(query, order);
        Cursor.Position position = cursors.decode(signature, before);
        ProcessPage backwards = following(body(query, reversed(sort(order))), position, query.first(), signature,
                client);
        List<ProcessPage.Hit> inOrder = new ArrayList<>(backwards.hits());
        Collections.reverse(inOrder);
        return new ProcessPage(backwards.total(), backwards.totalExact(), inOrder, backwards.hasNext());
    }

    private static ProcessOrder checkedOrder(ProcessQuery query) {
        ProcessOrder order = query.effectiveOrder();
        if (order.field() == ProcessOrder.Field.RELEVANCE && !query.hasText()) {
            throw new InvalidQueryException("Ordenar por relevancia requiere texto / Ordering by relevance needs "
                    + "a «query» text.");
        }
        return order;
    }

    /** The search of one page (one hit more than its size, to know whether another follows), in {@code sort}. */
    private ObjectNode body(ProcessQuery query, ArrayNode sort) {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", query.first() + 1);
        body.put("track_total_hits", EXACT_TOTAL_BOUND);
        body.set("query", filters.build(query.text(), query.filter()));
        body.set("sort", sort);
        body.set("_source", sourceExcludes(query));
        highlight(query, body);
        return body;
    }

    /** A page after a cursor: on the cursor's point in time, or as {@link #continuation} finds one. */
    private ProcessPage following(ObjectNode body, Cursor.Position position, int first, String signature,
                                  String client) {
        body.set("search_after", position.after());
        Optional<String> carried = position.pointInTime();
        if (carried.isPresent()) {
            return page(searchPointInTime(body, carried.get()), first, signature, carried);
        }
        return continuation(body, first, signature, client);
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
        return cluster.source(path);
    }

    private static String signature(ProcessQuery query, ProcessOrder order) {
        return order.signature() + "|" + Integer.toHexString((query.text().orElse("") + query.filter()).hashCode());
    }

    private ProcessPage page(JsonNode answer, int first, String signature, Optional<String> pit) {
        return page(answer, first, signature, pit, true);
    }

    /**
     * The page an answer holds. Without {@code everyCursor} (a download, which reads on from its last process only)
     * only the last hit carries a cursor, the others an empty one: signing one per process was a tenth of a
     * download's time.
     */
    private ProcessPage page(JsonNode answer, int first, String signature, Optional<String> pit,
                             boolean everyCursor) {
        JsonNode hits = answer.path("hits");
        List<ProcessPage.Hit> page = new ArrayList<>();
        JsonNode list = hits.path("hits");
        int size = Math.min(first, list.size());
        for (int i = 0; i < size; i++) {
            JsonNode hit = list.get(i);
            String cursor = everyCursor || i == size - 1 ? cursors.encode(signature, hit.path("sort"), pit) : "";
            page.add(new ProcessPage.Hit(cursor, hit.path("_source"), highlights(hit.path("highlight"))));
        }
        JsonNode total = hits.path("total");
        return new ProcessPage(total.path("value").asLong(), "eq".equals(total.path("relation").asText()), page,
                list.size() > first);
    }

    /**
     * Hits never carry the search-only text nor the summary downloads read; they carry the compiled release only when
     * asked to.
     */
    private ObjectNode sourceExcludes(ProcessQuery query) {
        ObjectNode source = mapper.createObjectNode();
        ArrayNode excludes = source.putArray("excludes").add(FULL_TEXT).add(ProcessSummary.FIELD);
        FLAGGING_ONLY.forEach(excludes::add);
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
        String path = "/" + IndexName.PROCESSES.alias(cluster) + "/_search/point_in_time?keep_alive=" + keepAlive;
        return cluster.send("POST", path, null).path("pit_id").asText();
    }

    private void closePointInTime(String id) {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("pit_id").add(id);
        cluster.send("DELETE", "/_search/point_in_time", body);
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
