package org.ocdsnacional.indexer.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the data lives.
 *
 * @param urls     URLs of an external cluster; empty to start an embedded node
 * @param dataDir  the embedded node's home (data, logs, lock), kept across restarts
 * @param httpPort the embedded node's HTTP port on loopback (0 picks a free one); empty for none: the application
 *                 asks the node in-process, and the port has no authentication
 * @param username basic-auth user for an external cluster, if any
 * @param password basic-auth password for an external cluster, if any
 */
public record ClusterConfig(List<URI> urls, Path dataDir, OptionalInt httpPort, Optional<String> username,
                            Optional<String> password) {

    public ClusterConfig {
        urls = List.copyOf(urls);
    }

    /** An embedded node that serves no HTTP. */
    public static ClusterConfig embedded(Path dataDir) {
        return new ClusterConfig(List.of(), dataDir, OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** An embedded node that also serves HTTP on {@code httpPort} of loopback (0 for a free one). */
    public static ClusterConfig embedded(Path dataDir, int httpPort) {
        return new ClusterConfig(List.of(), dataDir, OptionalInt.of(httpPort), Optional.empty(), Optional.empty());
    }

    public boolean isEmbedded() {
        return urls.isEmpty();
    }
}
