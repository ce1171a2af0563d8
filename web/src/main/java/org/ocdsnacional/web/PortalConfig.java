package org.ocdsnacional.web;

import java.net.URI;
import java.util.Optional;

/**
 * What the portal can be configured with; the application reads it from its configuration in one place.
 *
 * @param exportLimit the most processes one download of a search carries (CSV, JSON Lines, release package)
 * @param publicUrl   the URL clients reach the server at ({@code server.public-url}, checked by the API's
 *                    configuration), which the {@code uri} of a downloaded release package is built from; empty for
 *                    {@code http://localhost:<port>}, never the request's {@code Host} header
 * @param scheduledHarvests whether the sources' schedules fire ({@code harvest.scheduler}); when they do not, the
 *                    publishers' pages say that sources are harvested only when asked, not "every day at 03:00"
 */
public record PortalConfig(int exportLimit, Optional<URI> publicUrl, boolean scheduledHarvests) {

    public static final PortalConfig DEFAULTS = new PortalConfig(100_000, Optional.empty(), true);

    public PortalConfig {
        if (exportLimit < 1) {
            throw new IllegalArgumentException("portal.export-limit must be at least 1, not " + exportLimit);
        }
    }
}
