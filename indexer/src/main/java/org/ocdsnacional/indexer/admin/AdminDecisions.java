package org.ocdsnacional.indexer.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's decisions of one deployment, in the admin index: one document per source whose status an admin set
 * ({@code status-ID}), one for the registry reloads (its version counts them), one per run asked for and not yet
 * started ({@code run-ID}, created only if absent: a source asked twice runs once), one per harvesting instance
 * alive ({@code instance-NAME}). Every write is refreshed at once, so that the next {@link #read} of any instance
 * sees it.
 */
public final class AdminDecisions {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final String STATUS = "status";
    private static final String RELOAD = "reload";
    private static final String RUN = "run";
    private static final String INSTANCE = "instance";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private AdminDecisions(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    public static AdminDecisions create(SearchCluster cluster, ObjectMapper mapper) {
        return new AdminDecisions(cluster, mapper);
    }

    /** Every decision, in one request. */
    public SharedDecisions read() {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 10_000);
        query.put("version", true);
        query.put("seq_no_primary_term", true);
        query.putObject("query").putObject("match_all");
        Map<String, StatusDecision> statuses = new HashMap<>();
        List<RunAsked> runs = new ArrayList<>();
        Map<String, Instant> harvesters = new HashMap<>();
        long reloads = 0;
        for (JsonNode hit : cluster.send("POST", "/" + alias() + "/_search", query).path("hits").path("hits")) {
            JsonNode doc = hit.path("_source");
            switch (doc.path("kind").asText()) {
                case STATUS -> statuses.put(doc.path("sourceId").asText(), new StatusDecision(
                        doc.path("sourceId").asText(), doc.path("status").asText(), doc.path("fileStatus").asText(),
                        doc.path("instance").asText(), Instant.parse(doc.path("at").asText())));
                case RELOAD -> reloads = hit.path("_version").asLong();
                case RUN -> runs.add(new RunAsked(doc.path("sourceId").asText(), hit.path("_seq_no").asLong(),
                        hit.path("_primary_term").asLong()));
                case INSTANCE -> harvesters.put(doc.path("instance").asText(), Instant.parse(doc.path("at").asText()));
                default -> { }
            }
        }
        return new SharedDecisions(statuses, reloads, runs, harvesters);
    }

    /** Records a status an admin gave a source, replacing any earlier decision about it. */
    public void decide(StatusDecision decision) {
        ObjectNode doc = document(STATUS, decision.instance(), decision.at());
        doc.put("sourceId", decision.sourceId());
        doc.put("status", decision.status());
        doc.put("fileStatus", decision.fileStatus());
        cluster.send("PUT", "/" + alias() + "/_doc/" + id(STATUS, decision.sourceId()) + "?refresh=true", doc);
    }

    /** Forgets the admin's status of a source: the registry file's is in force again. */
    public void forget(String sourceId) {
        delete(id(STATUS, sourceId) + "?refresh=true");
    }

    /** Forgets every status an admin gave: the registry file's are in force again. */
    public void forgetStatuses() {
        read().statuses().keySet().forEach(this::forget);
    }

    /** Asks every instance to reload the registry; returns how many reloads have been asked for, this one included. */
    public long askReload(String instance, Instant at) {
        JsonNode answer = cluster.send("PUT", "/" + alias() + "/_doc/" + RELOAD + "?refresh=true",
                document(RELOAD, instance, at));
        return answer.path("_version").asLong();
    }

    /** Asks for a run of a source; false when one is asked for already and not started yet (it will run once). */
    public boolean askRun(String sourceId, String instance, Instant at) {
        ObjectNode doc = document(RUN, instance, at);
        doc.put("sourceId", sourceId);
        try {
            cluster.send("PUT", "/" + alias() + "/_create/" + id(RUN, sourceId) + "?refresh=true", doc);
            return true;
        } catch (ClusterException e) {
            if (e.status() == CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    /** Takes a run asked for, to start it: true for exactly one of the instances that try. */
    public boolean claim(RunAsked run) {
        return delete(id(RUN, run.sourceId()) + "?if_seq_no=" + run.seqNo() + "&if_primary_term="
                + run.primaryTerm() + "&refresh=true");
    }

    /** Says that a harvesting instance is alive now. */
    public void alive(String instance, Instant at) {
        cluster.send("PUT", "/" + alias() + "/_doc/" + id(INSTANCE, instance) + "?refresh=true",
                document(INSTANCE, instance, at));
    }

    /** Says that a harvesting instance stops. */
    public void gone(String instance) {
        delete(id(INSTANCE, instance) + "?refresh=true");
    }

    private ObjectNode document(String kind, String instance, Instant at) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("kind", kind);
        doc.put("instance", instance);
        doc.put("at", at.toString());
        return doc;
    }

    /** Deletes a document; false when it was gone or changed meanwhile. */
    private boolean delete(String idAndCondition) {
        try {
            cluster.send("DELETE", "/" + alias() + "/_doc/" + idAndCondition, null);
            return true;
        } catch (ClusterException e) {
            if (e.status() == CONFLICT || e.status() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private String alias() {
        return IndexName.ADMIN.alias(cluster);
    }

    private static String id(String kind, String name) {
        return URLEncoder.encode(kind + "-" + name, StandardCharsets.UTF_8);
    }
}
