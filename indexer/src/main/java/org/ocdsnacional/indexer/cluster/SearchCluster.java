package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.internal.Node;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A connection to OpenSearch: the typed client for bulk writes, and JSON requests for everything whose body
 * reads best as JSON (mappings, searches, aggregations). Owns the embedded node when there is one.
 */
public final class SearchCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchCluster.class);

    private final OpenSearchClient client;
    private final OpenSearchTransport transport;
    private final ObjectMapper mapper;
    private final List<URI> uris;
    private final Optional<EmbeddedNode> embedded;

    private SearchCluster(OpenSearchTransport transport, ObjectMapper mapper, List<URI> uris,
                          Optional<EmbeddedNode> embedded) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.mapper = mapper;
        this.uris = uris;
        this.embedded = embedded;
    }

    /** Starts the embedded node or connects to the configured cluster, and checks that it answers. */
    public static SearchCluster open(ClusterConfig config, ObjectMapper mapper) {
        if (!config.isEmbedded()) {
            return connect(config, mapper, Optional.empty());
        }
        EmbeddedNode node = EmbeddedNode.start(config.dataDir(), config.httpPort());
        try {
            return connect(new ClusterConfig(List.of(node.httpUri()), config.dataDir(), config.httpPort(),
                    Optional.empty(), Optional.empty()), mapper, Optional.of(node));
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    private static SearchCluster connect(ClusterConfig config, ObjectMapper mapper, Optional<EmbeddedNode> node) {
        Node[] nodes = config.urls().stream().map(uri -> new Node(host(uri))).toArray(Node[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(nodes)
                .setMapper(new JacksonJsonpMapper(mapper));
        config.username().ifPresent(user -> builder.setHttpClientConfigCallback(http -> http
                .setDefaultCredentialsProvider(credentials(config, user))));
        OpenSearchTransport transport = builder.build();
        SearchCluster cluster = new SearchCluster(transport, mapper, config.urls(), node);
        try {
            cluster.checkReachable();
        } catch (RuntimeException e) {
            closeQuietly(transport);
            throw e;
        }
        return cluster;
    }

    /** After a failed start: the connection goes; the caller stops the embedded node, if any. */
    private static void closeQuietly(OpenSearchTransport transport) {
        try {
            transport.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the connection after a failed start: {}", e.getMessage());
        }
    }

    public OpenSearchClient client() {
        return client;
    }

    /** The HTTP address(es) of the cluster. */
    public List<URI> uris() {
        return uris;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Sends a JSON request; a status of 400 or more becomes a {@link ClusterException} with OpenSearch's reason. */
    public JsonNode send(String method, String endpoint, JsonNode body) {
        try (Response response = execute(method, endpoint, Optional.ofNullable(body))) {
            JsonNode answer = parse(response);
            if (response.getStatus() >= 400) {
                throw new ClusterException("OpenSearch answered " + response.getStatus() + " to " + method + " "
                        + endpoint + ": " + reason(answer));
            }
            return answer;
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** The HTTP status of a request without body, for existence checks ({@code HEAD /index}). */
    public int status(String method, String endpoint) {
        try (Response response = execute(method, endpoint, Optional.empty())) {
            return response.getStatus();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new ClusterException("Could not close the OpenSearch connection: " + e.getMessage(), e);
        } finally {
            embedded.ifPresent(EmbeddedNode::close);
        }
    }

    private Response execute(String method, String endpoint, Optional<JsonNode> body) throws IOException {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (body.isPresent()) {
            request.body(Body.from(mapper.writeValueAsBytes(body.get()), "application/json"));
        }
        return client.generic().execute(request.build());
    }

    private JsonNode parse(Response response) throws IOException {
        Optional<Body> body = response.getBody();
        if (body.isEmpty()) {
            return mapper.createObjectNode();
        }
        try (Body content = body.get()) {
            return mapper.readTree(content.body());
        }
    }

    private void checkReachable() {
        try {
            send("GET", "/", null);
        } catch (ClusterException e) {
            close();
            throw e;
        }
    }

    private ClusterException unreachable(IOException e) {
        return new ClusterException("OpenSearch is not reachable at " + uris + ": " + e.getMessage()
                + ". Check opensearch.urls (or leave it empty to run the embedded node) and that the cluster is up.",
                e);
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

    private static HttpHost host(URI uri) {
        if (uri.getHost() == null) {
            throw new ClusterException("Not a valid OpenSearch URL (expected http(s)://host:port): " + uri);
        }
        return HttpHost.create(uri);
    }

    private static BasicCredentialsProvider credentials(ClusterConfig config, String user) {
        var provider = new BasicCredentialsProvider();
        for (URI uri : config.urls()) {
            provider.setCredentials(new AuthScope(host(uri)),
                    new UsernamePasswordCredentials(user, config.password().orElse("").toCharArray()));
        }
        return provider;
    }
}
