package org.ocdsnacional.indexer.cluster;

import java.util.Optional;

/** OpenSearch could not be started, reached, or answered with an error; the message says what to do. */
public final class ClusterException extends RuntimeException {

    private final Optional<String> errorType;

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
        this.errorType = Optional.empty();
    }

    public ClusterException(String message) {
        super(message);
        this.errorType = Optional.empty();
    }

    /** An error answer of OpenSearch, of type {@code errorType} (such as {@code resource_already_exists_exception}). */
    ClusterException(String message, String errorType) {
        super(message);
        this.errorType = errorType.isEmpty() ? Optional.empty() : Optional.of(errorType);
    }

    /** Whether OpenSearch answered with an error of this type. */
    public boolean is(String type) {
        return errorType.filter(type::equals).isPresent();
    }
}
