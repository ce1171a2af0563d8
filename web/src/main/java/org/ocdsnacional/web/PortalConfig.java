package org.ocdsnacional.web;

/**
 * What the portal can be configured with; the application reads it from its configuration in one place.
 *
 * @param exportLimit the most processes one download of a search carries (CSV, JSON Lines, release package)
 */
public record PortalConfig(int exportLimit) {

    public static final PortalConfig DEFAULTS = new PortalConfig(100_000);

    public PortalConfig {
        if (exportLimit < 1) {
            throw new IllegalArgumentException("portal.export-limit must be at least 1, not " + exportLimit);
        }
    }
}
