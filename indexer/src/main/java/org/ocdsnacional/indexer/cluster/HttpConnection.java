package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.transport.httpclient5.internal.Node;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Requests to a cluster over HTTP, through the OpenSearch Java client (Apache HttpClient 5 transport). */
final class HttpConnection implements ClusterConnection {

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final ObjectMapper mapper;

    private HttpConnection(OpenSearchTransport transport, ObjectMapper mapper) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.mapper = mapper;
    }

    /** A connection to the nodes at {@code config.urls()}, with basic authentication when configured. */
    static HttpConnection open(ClusterConfig config, ObjectMapper mapper) {
        Node[] nodes = config.urls().stream().map(uri -> new Node(host(uri))).toArray(Node[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(nodes)
                .setMapper(new JacksonJsonpMapper(mapper));
        config.username().ifPresent(user -> builder.setHttpClientConfigCallback(http -> http
                .setDefaultCredentialsProvider(credentials(config.urls(), user, config.password()))));
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
        } catch (ResponseException e) {
            // the transport throws for some statuses (a 503 after trying every node): an answer all the same
            return new Answer(e.status(), mapper.createObjectNode().put("error", e.getMessage()));
        }
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

    private static BasicCredentialsProvider credentials(List<URI> urls, String user, Optional<String> password) {
        var provider = new BasicCredentialsProvider();
        for (URI uri : urls) {
            provider.setCredentials(new AuthScope(host(uri)),
                    new UsernamePasswordCredentials(user, password.orElse("").toCharArray()));
        }
        return provider;
    }
}
