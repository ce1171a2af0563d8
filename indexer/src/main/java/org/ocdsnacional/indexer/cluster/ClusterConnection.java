package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Optional;

/**
 * How requests reach OpenSearch: over HTTP to a cluster, or in-process to the embedded node's REST layer. Both
 * speak OpenSearch's REST API (method, endpoint, JSON or NDJSON body) and answer its JSON, so everything above this
 * seam is the same for both.
 */
interface ClusterConnection extends AutoCloseable {

    /**
     * Sends one request and waits for its answer, whatever its status.
     *
     * @throws IOException when the request could not be sent or its answer not read
     */
    Answer send(String method, String endpoint, Optional<Body> body) throws IOException;

    @Override
    void close() throws IOException;

    /** A request body and its media type ({@code application/json} or {@code application/x-ndjson}). */
    record Body(byte[] bytes, String contentType) {
    }

    /** The status and the JSON body of an answer (an empty object when it had none, as for {@code HEAD}). */
    record Answer(int status, JsonNode body) {
    }
}
