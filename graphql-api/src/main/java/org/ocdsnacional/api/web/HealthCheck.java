package org.ocdsnacional.api.web;

/** Something the service depends on, checked on every {@code GET /health}. */
public interface HealthCheck {

    /** A short name, e.g. {@code opensearch}. */
    String name();

    /** Checks now; never throws. */
    Status check();

    /**
     * The outcome of a check.
     *
     * @param up     whether the dependency works
     * @param detail what was seen, e.g. a cluster's status or why it cannot be reached
     */
    record Status(boolean up, String detail) {
    }
}
