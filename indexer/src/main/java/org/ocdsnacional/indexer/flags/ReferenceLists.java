package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.mx.ListedOrganization;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.pipeline.ListedEntry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference lists of organizations by RFC, each harvested by a registry source of its own: stored one entry per
 * row (source, RFC, status, date) in their index, and held in memory for MX06 to look suppliers up (a list has tens of
 * thousands of rows at most; memory grows with the lists, never with harvests). A list is replaced whole by a
 * complete run of its source.
 */
public final class ReferenceLists implements ReferenceList {

    private static final int PAGE = 5_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final BulkWriter bulk;
    private final Clock clock;
    private volatile Map<String, Map<String, Stored>> bySource;
    private volatile Map<String, List<ListedOrganization>> byRfc;

    private ReferenceLists(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.bulk = BulkWriter.create(cluster, mapper);
        this.clock = clock;
        this.bySource = read();
        this.byRfc = index(bySource);
    }

    static ReferenceLists load(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        return new ReferenceLists(cluster, mapper, clock);
    }

    @Override
    public List<ListedOrganization> find(String rfc) {
        return byRfc.getOrDefault(rfc, List.of());
    }

    /** One row of a list as stored: which list, and the row. */
    private record Stored(String list, ListedEntry entry) {

        ListedOrganization organization() {
            return new ListedOrganization(list, entry.rfc(), entry.status(), entry.date());
        }
    }

    /**
     * How a list compared with the one stored before.
     *
     * @param added     rows not there before
     * @param changed   rows there before with another name or list name
     * @param unchanged rows as before
     * @param removed   rows no longer there
     * @param rfcs      the RFCs whose rows were added or removed: their suppliers' MX06 may change
     */
    public record Comparison(long added, long changed, long unchanged, long removed, Set<String> rfcs) {
    }

    /**
     * Compares a source's list as just harvested with the one stored and puts it in force for {@link #find}; the
     * caller flags again the suppliers of the RFCs that changed, then {@link #store}s it. The same row twice counts
     * once.
     */
    public Comparison put(String sourceId, String list, Collection<ListedEntry> entries) {
        Map<String, Stored> before = bySource.getOrDefault(sourceId, Map.of());
        Map<String, Stored> now = new LinkedHashMap<>();
        entries.forEach(entry -> now.put(id(sourceId, entry), new Stored(list, entry)));
        long added = 0;
        long changed = 0;
        Set<String> rfcs = new LinkedHashSet<>();
        for (Map.Entry<String, Stored> row : now.entrySet()) {
            Stored old = before.get(row.getKey());
            if (old == null) {
                added++;
                rfcs.add(row.getValue().entry().rfc());
            } else if (!old.equals(row.getValue())) {
                changed++;
                rfcs.add(row.getValue().entry().rfc());
            }
        }
        long removed = before.keySet().stream().filter(id -> !now.containsKey(id)).peek(id ->
                rfcs.add(before.get(id).entry().rfc())).count();
        Map<String, Map<String, Stored>> sources = new HashMap<>(bySource);
        sources.put(sourceId, now);
        bySource = Map.copyOf(sources);
        byRfc = index(bySource);
        return new Comparison(added, changed, now.size() - added - changed, removed, rfcs);
    }

    /** Stores the list in force of a source (as {@link #put} left it), from the run {@code runId}. */
    public void store(String sourceId, String runId) {
        Map<String, Stored> rows = bySource.getOrDefault(sourceId, Map.of());
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        String now = clock.instant().toString();
        rows.forEach((id, row) -> documents.put(id, mapper.createObjectNode().put("entryId", id).put("sourceId", sourceId)
                .put("list", row.list()).put("rfc", row.entry().rfc()).put("name", row.entry().name())
                .put("status", row.entry().status()).put("date", row.entry().date().toString()).put("runId", runId)
                .put("listedAt", now)));
        List<String> ids = new ArrayList<>(documents.keySet());
        for (int from = 0; from < ids.size(); from += PAGE) {
            Map<String, ObjectNode> page = new LinkedHashMap<>();
            ids.subList(from, Math.min(ids.size(), from + PAGE)).forEach(id -> page.put(id, documents.get(id)));
            List<String> failed = bulk.index(IndexName.REFERENCE_LISTS.alias(cluster), page);
            if (!failed.isEmpty()) {
                throw new ClusterException("Could not store the reference list of " + sourceId + ": "
                        + failed.getFirst());
            }
        }
        cluster.send("POST", "/" + IndexName.REFERENCE_LISTS.alias(cluster) + "/_refresh", null);
        removeAllBut(sourceId, rows.keySet());
    }

    private void removeAllBut(String sourceId, Set<String> kept) {
        ObjectNode query = mapper.createObjectNode();
        ObjectNode bool = query.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("sourceId", sourceId);
        if (!kept.isEmpty()) {
            ArrayNode ids = bool.putArray("must_not").addObject().putObject("ids").putArray("values");
            kept.forEach(ids::add);
        }
        new Deletions(cluster, mapper).matching(IndexName.REFERENCE_LISTS.alias(cluster), query.path("query"));
    }

    private Map<String, Map<String, Stored>> read() {
        Map<String, Map<String, Stored>> sources = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = mapper.createObjectNode().put("size", PAGE);
            body.putObject("query").putObject("match_all");
            body.putArray("sort").addObject().put("entryId", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + IndexName.REFERENCE_LISTS.alias(cluster) + "/_search", body)
                    .path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode doc = hit.path("_source");
                sources.computeIfAbsent(doc.path("sourceId").asText(), id -> new LinkedHashMap<>())
                        .put(hit.path("_id").asText(), new Stored(doc.path("list").asText(), new ListedEntry(
                                doc.path("rfc").asText(), doc.path("name").asText(), doc.path("status").asText(),
                                LocalDate.parse(doc.path("date").asText()))));
            }
            if (hits.size() < PAGE) {
                return Map.copyOf(sources);
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private static Map<String, List<ListedOrganization>> index(Map<String, Map<String, Stored>> sources) {
        Map<String, List<ListedOrganization>> byRfc = new HashMap<>();
        sources.values().forEach(rows -> rows.values().forEach(row -> byRfc
                .computeIfAbsent(row.entry().rfc(), rfc -> new ArrayList<>()).add(row.organization())));
        byRfc.replaceAll((rfc, listed) -> List.copyOf(listed));
        return Map.copyOf(byRfc);
    }

    private static String id(String sourceId, ListedEntry entry) {
        return sourceId + "|" + entry.rfc() + "|" + entry.status() + "|" + entry.date();
    }
}
