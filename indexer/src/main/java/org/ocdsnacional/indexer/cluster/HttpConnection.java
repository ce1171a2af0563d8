package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.nio.AsyncClientConnectionManager;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.transport.httpclient5.internal.Node;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Requests to a cluster over HTTP, through the OpenSearch Java client (Apache HttpClient 5 transport). */
final class HttpConnection implements ClusterConnection {

    private static final int MAX_CONNECTIONS_PER_NODE = 10;
    private static final int MAX_CONNECTIONS = 30;
    /**
     * How long an answer may take once a request is sent. Longer than OpenSearch's own deadlines (a bulk waits up to
     * a minute for a shard's primary, cluster-state changes 30 s for the manager and 30 s more for the nodes), so
     * that while a cluster recovers from a lost node a request gets the cluster's answer rather than being abandoned
     * and sent again to the next node, where it would wait as long. A node that is gone fails at once (connection
     * refused or reset) and the next one is asked.
     */
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(90);

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final ObjectMapper mapper;

    private HttpConnection(OpenSearchTransport transport, ObjectMapper mapper) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.mapper = mapper;
    }

    /**
     * A connection to the nodes at {@code config.urls()}, with basic authentication and a trusted certificate
     * authority when configured. Requests go to the nodes in turn; when one cannot be reached (or answers 502, 503 or
     * 504) the transport marks it dead for a while and sends the same request to the next, so that a node down costs
     * one failed connection, not a failed request. Every request this project repeats that way is idempotent (writes
     * carry their document ids).
     */
    static HttpConnection open(ClusterConfig config, ObjectMapper mapper) {
        Node[] nodes = config.urls().stream().map(uri -> new Node(host(uri))).toArray(Node[]::new);
        Optional<SSLContext> tls = config.caCertificate().map(TrustedAuthority::sslContext);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(nodes)
                .setMapper(new JacksonJsonpMapper(mapper))
                .setRequestConfigCallback(request -> request.setResponseTimeout(RESPONSE_TIMEOUT))
                .setHttpClientConfigCallback(http -> {
                    config.credentials().ifPresent(login -> http.setDefaultCredentialsProvider(
                            credentials(config.urls(), login)));
                    tls.ifPresent(context -> http.setConnectionManager(connections(context)));
                    return http;
                });
        return new HttpConnection(builder.build(), mapper);
    }

    @Override
    public Answer send(String method, String endpoint, Optional<Body> body) throws IOException {
        var request = Requests.builder().method(method).endpoint(endpoint);
        body.ifPresent(content -> request.body(org.opensearch.client.opensearch.generic.Body.from(content.bytes(),
                content.contentType())));
        try (Response response = client.generic().execute(request.build())) {
            var content = response.getBody();
            if (content.isEmpty()) {
                return new Answer(response.getStatus(), mapper.createObjectNode());
            }
            try (var json = content.get()) {
                return new Answer(response.getStatus(), mapper.readTree(json.body()));
            }
        } catch (IOException e) {
            // the transport throws for some statuses (a 401, a 503 after trying every node), sometimes wrapped: an
            // answer all the same
            ResponseException answered = answered(e).orElseThrow(() -> e);
            return new Answer(answered.status(), mapper.createObjectNode().put("error", answered.getMessage()));
        }
    }

    private static Optional<ResponseException> answered(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseException answer) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    private static HttpHost host(URI uri) {
        if (uri.getHost() == null) {
            throw new ClusterException("Not a valid OpenSearch URL (expected http(s)://host:port): " + uri);
        }
        return HttpHost.create(uri);
    }

    private static BasicCredentialsProvider credentials(List<URI> urls, Credentials login) {
        var provider = new BasicCredentialsProvider();
        for (URI uri : urls) {
            provider.setCredentials(new AuthScope(host(uri)),
                    new UsernamePasswordCredentials(login.username(), login.password().toCharArray()));
        }
        return provider;
    }

    /** The transport's own connection pool sizes, with TLS that trusts the configured authority. */
    private static AsyncClientConnectionManager connections(SSLContext context) {
        return PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(context).build())
                .build();
    }
}
