package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.indexer.cluster.ClusterConnection.Answer;
import org.ocdsnacional.indexer.cluster.ClusterConnection.Body;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A connection to OpenSearch through its REST API: JSON requests (mappings, searches, aggregations) and NDJSON
 * bulk writes. The embedded node, when there is one, is owned here and asked in-process; an external cluster is
 * asked over HTTP with the OpenSearch Java client.
 */
public final class SearchCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchCluster.class);
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    private final ClusterConnection connection;
    private final ObjectMapper mapper;
    private final List<URI> uris;
    private final String indexPrefix;
    private final Optional<EmbeddedNode> embedded;

    private SearchCluster(ClusterConnection connection, ObjectMapper mapper, ClusterConfig config, List<URI> uris,
                          Optional<EmbeddedNode> embedded) {
        this.connection = connection;
        this.mapper = mapper;
        this.uris = uris;
        this.indexPrefix = config.indexPrefix();
        this.embedded = embedded;
    }

    /**
     * Starts the embedded node, or connects to the configured cluster and waits until it answers (at most
     * {@link ClusterConfig#startupWait()}, saying so in the log meanwhile).
     */
    public static SearchCluster open(ClusterConfig config, ObjectMapper mapper) {
        if (!config.isEmbedded()) {
            SearchCluster cluster = new SearchCluster(HttpConnection.open(config, mapper), mapper, config,
                    config.urls(), Optional.empty());
            return checked(cluster, () -> new ClusterWait(cluster.connection, config.urls())
                    .await(config.startupWait()));
        }
        EmbeddedNode node = EmbeddedNode.start(config.dataDir(), config.httpPort());
        try {
            SearchCluster cluster = new SearchCluster(node.connection(mapper), mapper, config,
                    node.httpUri().stream().toList(), Optional.of(node));
            return checked(cluster, () -> cluster.send("GET", "/", null));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** The cluster, once {@code check} passed; otherwise its connection is closed and the failure thrown. */
    private static SearchCluster checked(SearchCluster cluster, Runnable check) {
        try {
            check.run();
            return cluster;
        } catch (RuntimeException e) {
            cluster.closeConnectionQuietly();
            throw e;
        }
    }

    /**
     * The first part of every index, alias and template name of this deployment ({@code ocds} by default), so that
     * several deployments can share one cluster; {@code IndexName} composes the names with it.
     */
    public String indexPrefix() {
        return indexPrefix;
    }

    /**
     * The HTTP address(es) of the cluster: an external cluster's, or the embedded node's when it serves HTTP (for
     * operators and tools); empty for an embedded node asked only in-process.
     */
    public List<URI> uris() {
        return uris;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Sends a JSON request; a status of 400 or more becomes a {@link ClusterException} with OpenSearch's reason. */
    public JsonNode send(String method, String endpoint, JsonNode body) {
        try {
            Optional<Body> content = body == null ? Optional.empty()
                    : Optional.of(new Body(mapper.writeValueAsBytes(body), JSON));
            return accepted(method, endpoint, connection.send(method, endpoint, content));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * Sends a bulk request: {@code lines} is its NDJSON body (an action line, then a document line where the
     * action takes one). Per-document failures are in the answer's {@code items}, not thrown.
     */
    public JsonNode bulk(byte[] lines) {
        try {
            return accepted("POST", "/_bulk", connection.send("POST", "/_bulk", Optional.of(new Body(lines, NDJSON))));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * The source of the document at {@code endpoint} ({@code /index/_doc/id}), in one request; empty when there is
     * none (404). Another status of 400 or more becomes a {@link ClusterException}, as in {@link #send}.
     */
    public Optional<JsonNode> source(String endpoint) {
        try {
            Answer answer = connection.send("GET", endpoint, Optional.empty());
            return answer.status() == 404 ? Optional.empty()
                    : Optional.of(accepted("GET", endpoint, answer).path("_source"));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** The HTTP status of a request without body, for existence checks ({@code HEAD /index}). */
    public int status(String method, String endpoint) {
        try {
            return connection.send(method, endpoint, Optional.empty()).status();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new ClusterException("Could not close the OpenSearch connection: " + e.getMessage(), e);
        } finally {
            embedded.ifPresent(EmbeddedNode::close);
        }
    }

    private void closeConnectionQuietly() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the connection after a failed start: {}", e.getMessage());
        }
    }

    private static JsonNode accepted(String method, String endpoint, Answer answer) {
        if (answer.status() >= 400) {
            ClusterErrors.answered(answer.status());
            throw new ClusterException("OpenSearch answered " + answer.status() + " to " + method + " " + endpoint
                    + ": " + reason(answer.body()), answer.status(), errorTypes(answer.body().path("error")));
        }
        return answer.body();
    }

    private ClusterException unreachable(IOException e) {
        ClusterErrors.unreachable();
        if (isEmbedded()) {
            return new ClusterException("The embedded OpenSearch node did not answer: " + e.getMessage(), e);
        }
        return new ClusterException("OpenSearch is not reachable at " + uris + ": " + e.getMessage()
                + ". Check opensearch.urls (or leave it empty to run the embedded node) and that the cluster is up.",
                e);
    }

    /** The type of an error and of each of its causes (root causes, failed shards, caused-by chain). */
    private static List<String> errorTypes(JsonNode error) {
        List<String> types = new ArrayList<>();
        error.findValues("type").forEach(type -> {
            if (type.isTextual() && !types.contains(type.asText())) {
                types.add(type.asText());
            }
        });
        return types;
    }

    private static String reason(JsonNode answer) {
        JsonNode error = answer.path("error");
        if (error.isTextual()) {
            return error.asText();
        }
        String type = error.path("type").asText("");
        String reason = error.path("reason").asText(answer.toString());
        return type.isEmpty() ? reason : type + ": " + reason;
    }
}
