package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the processes a source no longer publishes, and flags their releases from that source as withdrawn.
 */
final class Withdrawals {

    private static final int PAGE = 5_000;
    private static final int TERMS_CHUNK = 1_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final BulkWriter bulk;
    private final Clock clock;

    Withdrawals(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.bulk = BulkWriter.create(cluster, mapper);
        this.clock = clock;
    }

    /**
     * What to withdraw.
     *
     * @param keys        the processes to withdraw
     * @param releaseUids their releases from the source
     * @param known       processes the source published before the run
     */
    record Plan(Set<String> keys, Set<String> releaseUids, long known) {
    }

    /** The source's processes, published before, that the run did not see and no unchanged document holds. */
    Plan plan(String sourceId, Predicate<String> seen, Set<String> unchangedDocuments) {
        Map<String, List<String>> unseen = new LinkedHashMap<>();
        JsonNode after = null;
        while (true) {
            JsonNode hits = search(scanQuery(sourceId, unchangedDocuments, after)).path("hits").path("hits");
            for (JsonNode hit : hits) {
                String key = hit.path("_source").path("processKey").asText();
                if (!seen.test(key)) {
                    unseen.computeIfAbsent(key, k -> new ArrayList<>()).add(hit.path("_source").path("uid").asText());
                }
            }
            if (hits.size() < PAGE) {
                break;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        protectedKeys(sourceId, unseen.keySet(), unchangedDocuments).forEach(unseen::remove);
        Set<String> uids = new LinkedHashSet<>();
        unseen.values().forEach(uids::addAll);
        return new Plan(unseen.keySet(), uids, known(sourceId));
    }

    /** Flags the releases withdrawn, by this run, now. */
    List<String> mark(Collection<String> releaseUids, String runId) {
        Map<String, ObjectNode> fields = new LinkedHashMap<>();
        String now = clock.instant().toString();
        releaseUids.forEach(uid -> fields.put(uid, mapper.createObjectNode().put("withdrawn", true)
                .put("withdrawnAt", now).put("withdrawnBy", runId)));
        return bulk.update(IndexName.RELEASES.alias(cluster), fields);
    }

    /** The release document as it will be once withdrawn, when its uid is among {@code withdrawing}. */
    static JsonNode flagged(JsonNode doc, Set<String> withdrawing, String runId) {
        if (!withdrawing.contains(doc.path("uid").asText())) {
            return doc;
        }
        ObjectNode copy = doc.deepCopy();
        copy.put("withdrawn", true).put("withdrawnBy", runId);
        return copy;
    }

    /** Of the unseen processes, those with a release in a document the run skipped as unchanged. */
    private Set<String> protectedKeys(String sourceId, Set<String> unseen, Set<String> unchangedDocuments) {
        Set<String> kept = new LinkedHashSet<>();
        if (unseen.isEmpty() || unchangedDocuments.isEmpty()) {
            return kept;
        }
        List<String> keys = List.copyOf(unseen);
        for (int from = 0; from < keys.size(); from += TERMS_CHUNK) {
            ObjectNode query = mapper.createObjectNode().put("size", 0);
            ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
            filter.addObject().putObject("term").put("sourceId", sourceId);
            terms(filter.addObject(), "processKey", keys.subList(from, Math.min(keys.size(), from + TERMS_CHUNK)));
            terms(filter.addObject(), "documentUrl", unchangedDocuments);
            query.putObject("aggs").putObject("keys").putObject("terms").put("field", "processKey")
                    .put("size", TERMS_CHUNK);
            search(query).path("aggregations").path("keys").path("buckets")
                    .forEach(bucket -> kept.add(bucket.path("key").asText()));
        }
        return kept;
    }

    private long known(String sourceId) {
        ObjectNode query = mapper.createObjectNode().put("size", 0);
        ObjectNode bool = query.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("sourceId", sourceId);
        bool.putArray("must_not").addObject().putObject("term").put("withdrawn", true);
        query.putObject("aggs").putObject("keys").putObject("cardinality").put("field", "processKey")
                .put("precision_threshold", 40_000);
        return search(query).path("aggregations").path("keys").path("value").asLong();
    }

    private ObjectNode scanQuery(String sourceId, Set<String> unchangedDocuments, JsonNode after) {
        ObjectNode query = mapper.createObjectNode().put("size", PAGE);
        query.putObject("_source").putArray("includes").add("uid").add("processKey");
        ObjectNode bool = query.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("sourceId", sourceId);
        ArrayNode mustNot = bool.putArray("must_not");
        mustNot.addObject().putObject("term").put("withdrawn", true);
        if (!unchangedDocuments.isEmpty()) {
            terms(mustNot.addObject(), "documentUrl", unchangedDocuments);
        }
        query.putArray("sort").addObject().put("uid", "asc");
        if (after != null) {
            query.set("search_after", after);
        }
        return query;
    }

    private static void terms(ObjectNode clause, String field, Collection<String> values) {
        ArrayNode list = clause.putObject("terms").putArray(field);
        values.forEach(list::add);
    }

    private JsonNode search(ObjectNode query) {
        return cluster.send("POST", "/" + IndexName.RELEASES.alias(cluster) + "/_search", query);
    }
}
