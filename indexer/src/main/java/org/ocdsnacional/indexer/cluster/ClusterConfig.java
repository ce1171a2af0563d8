package org.ocdsnacional.indexer.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where the data lives.
 *
 * @param urls          URLs of an external cluster, tried in turn when a node does not answer; empty to start an
 *                      embedded node
 * @param dataDir       the embedded node's home (data, logs, lock), kept across restarts
 * @param httpPort      the embedded node's HTTP port on loopback (0 picks a free one); empty for none: the
 *                      application asks the node in-process, and the port has no authentication
 * @param credentials   basic authentication for an external cluster, if it asks for it
 * @param caCertificate a PEM file with the certificate(s) of the authority that signed the cluster's TLS
 *                      certificates, when it is not one the JVM trusts already
 * @param indexPrefix   the first part of every index, alias and template name ({@code ocds} gives
 *                      {@code ocds-processes}), so that several deployments can share one cluster
 * @param startupWait   how long start-up waits for an external cluster to answer before giving up
 */
public record ClusterConfig(List<URI> urls, Path dataDir, OptionalInt httpPort, Optional<Credentials> credentials,
                            Optional<Path> caCertificate, String indexPrefix, Duration startupWait) {

    public static final String DEFAULT_INDEX_PREFIX = "ocds";
    public static final Duration DEFAULT_STARTUP_WAIT = Duration.ofMinutes(2);
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ClusterConfig {
        urls = List.copyOf(urls);
        if (!PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException("opensearch.index.prefix must be 1 to 64 lower-case letters, digits,"
                    + " '-' or '_', starting with a letter or digit (it begins every index name): «" + indexPrefix
                    + "»");
        }
        if (startupWait.isNegative()) {
            throw new IllegalArgumentException("opensearch.startup.wait cannot be negative: " + startupWait);
        }
    }

    /** An embedded node that serves no HTTP. */
    public static ClusterConfig embedded(Path dataDir) {
        return new ClusterConfig(List.of(), dataDir, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_INDEX_PREFIX, DEFAULT_STARTUP_WAIT);
    }

    /** An embedded node that also serves HTTP on {@code httpPort} of loopback (0 for a free one). */
    public static ClusterConfig embedded(Path dataDir, int httpPort) {
        return new ClusterConfig(List.of(), dataDir, OptionalInt.of(httpPort), Optional.empty(), Optional.empty(),
                DEFAULT_INDEX_PREFIX, DEFAULT_STARTUP_WAIT);
    }

    /** An external cluster at {@code urls}, over plain HTTP without authentication until said otherwise. */
    public static ClusterConfig external(List<URI> urls) {
        return new ClusterConfig(urls, Path.of("data/opensearch"), OptionalInt.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_INDEX_PREFIX, DEFAULT_STARTUP_WAIT);
    }

    public ClusterConfig withCredentials(Credentials credentials) {
        return new ClusterConfig(urls, dataDir, httpPort, Optional.of(credentials), caCertificate, indexPrefix,
                startupWait);
    }

    public ClusterConfig withCaCertificate(Path pemFile) {
        return new ClusterConfig(urls, dataDir, httpPort, credentials, Optional.of(pemFile), indexPrefix,
                startupWait);
    }

    public ClusterConfig withIndexPrefix(String prefix) {
        return new ClusterConfig(urls, dataDir, httpPort, credentials, caCertificate, prefix, startupWait);
    }

    public ClusterConfig withStartupWait(Duration wait) {
        return new ClusterConfig(urls, dataDir, httpPort, credentials, caCertificate, indexPrefix, wait);
    }

    public boolean isEmbedded() {
        return urls.isEmpty();
    }
}
