package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.ProcessSummary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The fields each hit of a download carries, and how they are asked for. Fields that the process's summary holds
 * ({@link ProcessSummary}) are read from its doc values alone, a column: no stored field is loaded ({@code _id}
 * neither) and {@code _source} is off, so OpenSearch neither parses a process's source nor decompresses the
 * stored-field blocks that hold it. A process without a summary (written by an older version during an upgrade) has
 * its fields read from its source, all such processes of a page in one request. Other fields, and the compiled
 * release, are read from the source.
 */
final class DownloadFields {

    private static final String COMPILED_RELEASE = "compiledRelease";
    /** {@code stored_fields} that loads no stored field, the metadata ({@code _id}) included. */
    private static final String NO_STORED_FIELD = "_none_";

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
            body.put("stored_fields", NO_STORED_FIELD);
            body.putArray("docvalue_fields").add(ProcessSummary.FIELD);
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
                ((ObjectNode) hit).set("_source", only(parse(summary)));
            } else {
                unsummarised.add((ObjectNode) hit);
            }
        }
        if (!unsummarised.isEmpty()) {
            fromSource(unsummarised);
        }
        return answer;
    }

    /**
     * The fields of processes stored without a summary, from their sources, in one request. A hit carries no
     * {@code _id} (no stored field is loaded): its key, which is its id, is its last sort value (every order of
     * {@link ProcessSearch} ends with the key).
     */
    private void fromSource(List<ObjectNode> hits) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode ids = body.putArray("ids");
        hits.forEach(hit -> ids.add(hit.path("sort").path(hit.path("sort").size() - 1).asText()));
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

    /** A summary as the node formats binary doc values: base64 of its JSON bytes. */
    private ObjectNode parse(JsonNode summary) {
        try {
            return (ObjectNode) mapper.readTree(Base64.getDecoder().decode(summary.asText()));
        } catch (IllegalArgumentException | IOException e) {
            throw new ClusterException("A process's summary is not base64 JSON: " + e.getMessage(), e);
        }
    }
}
