package org.ocdsnacional.indexer.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the data lives.
 *
 * @param urls     URLs of an external cluster; empty to start an embedded node
 * @param dataDir  the embedded node's home (data, logs, lock), kept across restarts
 * @param httpPort the embedded node's HTTP port; 0 picks a free one
 * @param username basic-auth user for an external cluster, if any
 * @param password basic-auth password for an external cluster, if any
 */
public record ClusterConfig(List<URI> urls, Path dataDir, int httpPort, Optional<String> username,
                            Optional<String> password) {

    public ClusterConfig {
        urls = List.copyOf(urls);
    }

    public static ClusterConfig embedded(Path dataDir, int httpPort) {
        return new ClusterConfig(List.of(), dataDir, httpPort, Optional.empty(), Optional.empty());
    }

    public boolean isEmbedded() {
        return urls.isEmpty();
    }
}
