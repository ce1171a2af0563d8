package org.ocdsnacional.harvester.protocol;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The read-only routes of INAI's "Contrataciones Abiertas" tool that the harvester may call. The tool also
 * answers unauthenticated GETs that re-publish everything ({@code /generate/*}); no URL outside this whitelist is
 * ever built, whatever the base URL.
 */
final class EdcaRoutes {

    private static final Pattern READ_ONLY = Pattern.compile("(/[^/]+)*/edca/(fiscalYears|contractingprocess/\\d{4})");

    private final String base;

    private EdcaRoutes(String base) {
        this.base = base;
    }

    static EdcaRoutes of(String baseUrl) {
        return new EdcaRoutes(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }

    /** {@code GET /edca/fiscalYears}: the years the publisher configured. */
    URI fiscalYears() {
        return route("/edca/fiscalYears");
    }

    /** {@code GET /edca/contractingprocess/{year}}: the latest release of each process of that year. */
    URI contractingProcesses(int year) {
        return route("/edca/contractingprocess/" + year);
    }

    private URI route(String path) {
        URI url = URI.create(base + path);
        if (!READ_ONLY.matcher(url.getPath()).matches() || url.getPath().contains("/generate")
                || url.getRawQuery() != null) {
            throw new IllegalArgumentException("Not a read-only route of the INAI tool: " + url);
        }
        return url;
    }
}
