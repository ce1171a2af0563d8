package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags the process documents that were flagged under other settings, or never (documents of an index version
 * before flags), from their stored compiled release. A document without a stored publication history (an older
 * version's) gets it from its releases, read for a page of documents at once. Documents flagged are marked with the
 * settings' fingerprint, so that an interrupted catch-up resumes where it stopped.
 */
final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    private static final int PAGE = 200;
    private static final List<String> FIELDS = List.of("compiledRelease", "publication", "releaseUids", "flags",
            "observation.directAwards");

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ProcessScan scan;

    CatchUp(SearchCluster cluster, ObjectMapper mapper, ProcessScan scan) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.scan = scan;
    }

    /** Flags every document not flagged under {@code fingerprint}; returns how many. */
    long run(String fingerprint, NationalFlags.FieldsOf fields, BulkWriter bulk) {
        ObjectNode all = mapper.createObjectNode();
        all.putObject("match_all");
        return reflag(scan.butNot(all, scan.term("flagging", fingerprint)), fields, bulk);
    }

    /** Flags again, whole, every document that {@code query} matches; returns how many. */
    long reflag(JsonNode query, NationalFlags.FieldsOf fields, BulkWriter bulk) {
        FlagUpdates updates = new FlagUpdates(mapper, bulk, cluster);
        scan.each(query, FIELDS, PAGE, page -> {
            Map<String, PublicationHistory> histories = histories(page);
            for (JsonNode process : page) {
                String key = process.path("key").asText();
                updates.put(key, fields.fields(key, process.path("compiledRelease"), histories.get(key), process));
            }
            updates.flush();
            LOG.debug("Flags computed for {} processes so far", updates.written());
        });
        return updates.written();
    }

    /** Makes what was written visible to the searches that follow. */
    void refreshIndex() {
        cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_refresh", null);
    }

    /** The publication history of each process of a page: stored, or read from its releases. */
    private Map<String, PublicationHistory> histories(List<JsonNode> page) {
        Map<String, PublicationHistory> histories = new HashMap<>();
        List<String> uids = new ArrayList<>();
        for (JsonNode process : page) {
            if (process.path("publication").isObject()) {
                histories.put(process.path("key").asText(), PublicationJson.read(process.path("publication")));
            } else {
                process.path("releaseUids").forEach(uid -> uids.add(uid.asText()));
            }
        }
        Map<String, JsonNode> releases = releases(uids);
        for (JsonNode process : page) {
            histories.computeIfAbsent(process.path("key").asText(), key -> {
                List<JsonNode> jsons = new ArrayList<>();
                process.path("releaseUids").forEach(uid -> {
                    JsonNode release = releases.get(uid.asText());
                    if (release != null) {
                        jsons.add(release.path("json"));
                    }
                });
                return PublicationHistory.of(jsons);
            });
        }
        return histories;
    }

    private Map<String, JsonNode> releases(List<String> uids) {
        Map<String, JsonNode> found = new HashMap<>();
        if (uids.isEmpty()) {
            return found;
        }
        ObjectNode body = mapper.createObjectNode();
        ArrayNode ids = body.putArray("ids");
        uids.forEach(ids::add);
        JsonNode docs = cluster.send("POST", "/" + IndexName.RELEASES.alias(cluster)
                + "/_mget?_source_includes=json.date,json.tag,json.contracts.id,json.contracts.value", body)
                .path("docs");
        docs.forEach(doc -> {
            if (doc.path("found").asBoolean()) {
                found.put(doc.path("_id").asText(), doc.path("_source"));
            }
        });
        return found;
    }
}
