package org.ocdsnacional.indexer.cluster;

/** OpenSearch could not be started, reached, or answered with an error; the message says what to do. */
public final class ClusterException extends RuntimeException {

    private final int status;

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public ClusterException(String message) {
        this(message, 0);
    }

    /** OpenSearch answered with HTTP {@code status} (0 when it gave no answer). */
    public ClusterException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status OpenSearch answered with, 0 when it gave no answer (unreachable, or a failure here). */
    public int status() {
        return status;
    }

    /** Whether OpenSearch refused the request itself (HTTP 400): the query, not the cluster, is at fault. */
    public boolean isBadRequest() {
        return status == 400;
    }
}
