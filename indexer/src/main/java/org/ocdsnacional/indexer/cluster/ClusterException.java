package org.ocdsnacional.indexer.cluster;

/** OpenSearch could not be started, reached, or answered with an error; the message says what to do. */
public final class ClusterException extends RuntimeException {

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClusterException(String message) {
        super(message);
    }
}
