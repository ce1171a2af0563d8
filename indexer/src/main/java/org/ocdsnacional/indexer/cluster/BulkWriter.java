package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes or updates documents in one bulk request and checks every item's result. */
public final class BulkWriter {

    /** The error of a {@code create} whose document exists already. */
    private static final String ALREADY_THERE = "version_conflict_engine_exception";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private BulkWriter(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** A writer to {@code cluster}, writing JSON with {@code mapper}. */
    public static BulkWriter create(SearchCluster cluster, ObjectMapper mapper) {
        return new BulkWriter(cluster, mapper);
    }

    /**
     * Indexes (creates or replaces) the documents by id.
     *
     * @return one line per document that OpenSearch refused ({@code id: reason}); empty when all were written
     */
    public List<String> index(String alias, Map<String, ObjectNode> documentsById) {
        if (documentsById.isEmpty()) {
            return List.of();
        }
        try {
            return failures(cluster.bulk(lines("index", alias, documentsById, false)));
        } catch (ClusterException e) {
            throw new ClusterException("Bulk write to " + alias + " failed; nothing of this batch is certain to be"
                    + " written and the run should be retried: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the documents whose id is not in {@code index} yet; a document already there (written meanwhile by
     * someone else, such as another instance copying the same index) is left as it is.
     *
     * @return one line per document that OpenSearch refused ({@code id: reason}), those already there aside
     */
    public List<String> createAbsent(String index, Map<String, ObjectNode> documentsById) {
        if (documentsById.isEmpty()) {
            return List.of();
        }
        try {
            return failures(cluster.bulk(lines("create", index, documentsById, false))).stream()
                    .filter(failure -> !failure.contains(": " + ALREADY_THERE + ": "))
                    .toList();
        } catch (ClusterException e) {
            throw new ClusterException("Bulk creation in " + index + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Changes some fields of existing documents by id.
     *
     * @return one line per document that OpenSearch refused ({@code id: reason}); empty when all were written
     */
    public List<String> update(String alias, Map<String, ObjectNode> fieldsById) {
        if (fieldsById.isEmpty()) {
            return List.of();
        }
        try {
            return failures(cluster.bulk(lines("update", alias, fieldsById, true)));
        } catch (ClusterException e) {
            throw new ClusterException("Bulk update of " + alias + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The NDJSON body: per document, its action line, then the document (as {@code doc} for a partial update). Written
     * in blocks and copied once into the body, not into an array doubled as it fills (a body of a few megabytes would
     * take several arrays of the collector's humongous size on the way).
     */
    private byte[] lines(String action, String alias, Map<String, ObjectNode> documents, boolean partial) {
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.setRootValueSeparator(null);
            for (var document : documents.entrySet()) {
                json.writeStartObject();
                json.writeObjectFieldStart(action);
                json.writeStringField("_index", alias);
                json.writeStringField("_id", document.getKey());
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
                if (partial) {
                    json.writeStartObject();
                    json.writeFieldName("doc");
                    mapper.writeTree(json, document.getValue());
                    json.writeEndObject();
                } else {
                    mapper.writeTree(json, document.getValue());
                }
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a bulk request in memory", e);
        }
        return out.toByteArray();
    }

    private static List<String> failures(JsonNode answer) {
        if (!answer.path("errors").asBoolean()) {
            return List.of();
        }
        List<String> failed = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            JsonNode result = item.elements().next();
            JsonNode error = result.path("error");
            if (!error.isMissingNode()) {
                failed.add(result.path("_id").asText() + ": " + error.path("type").asText() + ": "
                        + error.path("reason").asText());
            }
        }
        return failed;
    }
}
