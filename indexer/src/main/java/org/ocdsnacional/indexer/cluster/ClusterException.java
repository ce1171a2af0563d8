package org.ocdsnacional.indexer.cluster;

import java.util.List;

/** OpenSearch could not be started, reached, or answered with an error; the message says what to do. */
public final class ClusterException extends RuntimeException {

    private final int status;
    private final List<String> errorTypes;

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.errorTypes = List.of();
    }

    public ClusterException(String message) {
        this(message, 0, List.of());
    }

    /** OpenSearch answered {@code status} with errors of these types (the error's own, then its causes'). */
    public ClusterException(String message, int status, List<String> errorTypes) {
        super(message);
        this.status = status;
        this.errorTypes = List.copyOf(errorTypes);
    }

    /** The HTTP status OpenSearch answered; 0 when it did not answer. */
    public int status() {
        return status;
    }

    /** Whether OpenSearch's error, or one of its causes, is of {@code type}, e.g. {@code index_not_found_exception}. */
    public boolean hasErrorType(String type) {
        return errorTypes.contains(type);
    }

    /** Whether OpenSearch refused the request itself (HTTP 400): the query, not the cluster, is at fault. */
    public boolean isBadRequest() {
        return status == 400;
    }
}
