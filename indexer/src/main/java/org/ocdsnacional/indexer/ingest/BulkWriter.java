package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes or updates documents in one bulk request and checks every item's result. */
public final class BulkWriter {

    private final OpenSearchClient client;

    BulkWriter(OpenSearchClient client) {
        this.client = client;
    }

    /** A writer through {@code client}. */
    public static BulkWriter create(OpenSearchClient client) {
        return new BulkWriter(client);
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
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        documentsById.forEach((id, document) ->
                bulk.operations(op -> op.index(index -> index.index(alias).id(id).document(document))));
        try {
            return failures(client.bulk(bulk.build()));
        } catch (IOException e) {
            throw new ClusterException("Bulk write to " + alias + " failed; nothing of this batch is certain to be"
                    + " written and the run should be retried: " + e.getMessage(), e);
        }
    }

    /**
     * Changes some fields of existing documents by id.
     *
     * @return one line per document that OpenSearch refused ({@code id: reason}); empty when all were written
     */
    List<String> update(String alias, Map<String, ObjectNode> fieldsById) {
        if (fieldsById.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        fieldsById.forEach((id, fields) -> bulk.operations(op -> op.update(update -> update.index(alias).id(id)
                .document(fields))));
        try {
            return failures(client.bulk(bulk.build()));
        } catch (IOException e) {
            throw new ClusterException("Bulk update of " + alias + " failed: " + e.getMessage(), e);
        }
    }

    private static List<String> failures(BulkResponse response) {
        if (!response.errors()) {
            return List.of();
        }
        List<String> failed = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                failed.add(item.id() + ": " + item.error().type() + ": " + item.error().reason());
            }
        }
        return failed;
    }
}
