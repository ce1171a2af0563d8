package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.ProcessSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields each hit of a download carries, and how they are asked for. Fields that the process's summary holds
 * ({@link ProcessSummary}) are read from its stored field alone, {@code _source} off: OpenSearch then parses no
 * process's whole source. A process stored without a summary (written by an older version during an upgrade) has its
 * fields read from its source, all such processes of a page in one request. Other fields, and the compiled release,
 * are read from the source.
 */
final class DownloadFields {

    private static final String COMPILED_RELEASE = "compiledRelease";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final List<String> fields;
    private final boolean compiledRelease;

    DownloadFields(SearchCluster cluster, ObjectMapper mapper, List<String> fields, boolean compiledRelease) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.fields = List.copyOf(fields);
        this.compiledRelease = compiledRelease;
    }

    private boolean fromSummary() {
        return !compiledRelease && ProcessSummary.holds(fields);
    }

    /** Asks {@code body}'s hits for the fields. */
    void ask(ObjectNode body) {
        if (fromSummary()) {
            body.put("_source", false);
            body.putArray("stored_fields").add(ProcessSummary.FIELD);
            return;
        }
        ArrayNode includes = body.putObject("_source").putArray("includes");
        fields.forEach(includes::add);
        if (compiledRelease) {
            includes.add(COMPILED_RELEASE);
        }
    }

    /** The answer with each hit's {@code _source} holding its fields, read from its summary where asked so. */
    JsonNode read(JsonNode answer) {
        if (!fromSummary()) {
            return answer;
        }
        List<ObjectNode> unsummarised = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            JsonNode summary = hit.path("fields").path(ProcessSummary.FIELD).path(0);
            if (summary.isTextual()) {
                ((ObjectNode) hit).set("_source", only(parse(summary.asText())));
            } else {
                unsummarised.add((ObjectNode) hit);
            }
        }
        if (!unsummarised.isEmpty()) {
            fromSource(unsummarised);
        }
        return answer;
    }

    /** The fields of processes stored without a summary, from their sources, in one request. */
    private void fromSource(List<ObjectNode> hits) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode ids = body.putArray("ids");
        hits.forEach(hit -> ids.add(hit.path("_id").asText()));
        String path = "/" + IndexName.PROCESSES.alias(cluster) + "/_mget?_source_includes=" + String.join(",", fields);
        JsonNode docs = cluster.send("POST", path, body).path("docs");
        for (int i = 0; i < hits.size(); i++) {
            hits.get(i).set("_source", docs.path(i).path("_source"));
        }
    }

    private ObjectNode only(ObjectNode summary) {
        summary.retain(fields);
        return summary;
    }

    private ObjectNode parse(String summary) {
        try {
            return (ObjectNode) mapper.readTree(summary);
        } catch (JsonProcessingException e) {
            throw new ClusterException("A process's stored summary is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
