package org.ocdsnacional.app;

import org.ocdsnacional.harvester.http.FetchContext;
import org.ocdsnacional.harvester.http.FetchException;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Fetcher;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.http.Redaction;
import org.ocdsnacional.harvester.registry.HttpOptions;
import org.ocdsnacional.ocds.schema.SchemaFetcher;
import org.ocdsnacional.ocds.schema.SchemaNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Fetches schemas, codelists and extensions under the harvester's HTTP policy: the extension URLs a package declares
 * come from publishers, so they may lead nowhere but to public addresses (loopback, private and link-local ones are
 * refused, before and after redirects), with bounded redirects, timeouts and a size cap. What a publisher reads of
 * a failure is the same whether a refused address exists, answers or not; the operator's log says more.
 */
final class PolicySchemaFetcher implements SchemaFetcher {

    /** The policy for schema files: nothing published by the standard or its extensions comes near 4 MiB. */
    static final HttpOptions OPTIONS = HttpOptions.DEFAULTS.toBuilder()
            .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
            .callTimeout(Duration.ofSeconds(60)).maxBodyBytes(4L << 20).maxUnpackedBytes(4L << 20)
            .maxAttempts(2).retryDelay(Duration.ofSeconds(1)).maxRetryDelay(Duration.ofSeconds(5))
            .politenessDelay(Duration.ofMillis(200)).allowPrivateAddresses(false).build();

    /** What a publisher reads when a schema file could not be had for any reason but an HTTP status. */
    static final String UNAVAILABLE = "no se pudo obtener: dirección no permitida, sin respuesta o demasiado grande "
            + "/ not retrieved: address not allowed, not answering or too large";

    private static final Logger LOG = LoggerFactory.getLogger(PolicySchemaFetcher.class);
    private static final Set<Integer> ABSENT = Set.of(404, 410);

    private final Path workDir;
    private final HttpOptions options;
    /** Made at the first fetch: most runs fetch nothing, and the HTTP client costs a short command's start-up. */
    private Fetcher fetcher;

    private PolicySchemaFetcher(Path workDir, HttpOptions options) {
        this.workDir = workDir;
        this.options = options;
    }

    /** A fetcher under {@link #OPTIONS}, writing bodies under {@code workDir} while they are read. */
    static PolicySchemaFetcher create(Path workDir) {
        return create(workDir, OPTIONS);
    }

    /**
     * A fetcher under {@code options} (tests loosen the address policy to reach a local server). Nothing is prepared
     * (no HTTP client, no folder) until something is fetched.
     */
    static PolicySchemaFetcher create(Path workDir, HttpOptions options) {
        return new PolicySchemaFetcher(workDir, options);
    }

    private synchronized Fetcher fetcher() {
        if (fetcher == null) {
            try {
                fetcher = HttpFetcher.factory(workDir).create(FetchContext.of(options));
            } catch (IOException e) {
                throw new ConfigurationException("Cannot prepare the schema download folder " + workDir + ": "
                        + e.getMessage(), e);
            }
        }
        return fetcher;
    }

    @Override
    public String fetch(URI url) throws IOException {
        try (Fetched body = fetcher().get(url)) {
            return new String(Files.readAllBytes(body.file()), StandardCharsets.UTF_8);
        } catch (FetchException e) {
            LOG.warn("Schema file {} not retrieved: {}{}", Redaction.url(url), e.getMessage(),
                    e.detail().isEmpty() ? "" : " [" + e.detail() + "]");
            throw publicFailure(url, e);
        }
    }

    /** Only a public server's own answer is told apart; refusals and silence read alike. */
    private static IOException publicFailure(URI url, FetchException e) {
        if (e.kind() != FetchException.Kind.STATUS) {
            return new IOException(UNAVAILABLE);
        }
        int status = e.status().orElse(0);
        return ABSENT.contains(status) ? new SchemaNotFoundException(url, "HTTP " + status + " for " + url)
                : new IOException("HTTP " + status);
    }
}
