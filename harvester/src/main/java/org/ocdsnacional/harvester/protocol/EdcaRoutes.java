package org.ocdsnacional.harvester.protocol;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only routes of INAI's "Contrataciones Abiertas" tool that the harvester may call. The tool also
 * answers unauthenticated GETs that re-publish everything ({@code /generate/*}); no URL outside this whitelist is
 * ever built, whatever the base URL or the documents say.
 */
final class EdcaRoutes {

    private static final Pattern READ_ONLY = Pattern.compile(
            "(/[^/]+)*/(edca/(fiscalYears|contractingprocess/\\d{4}|recordPackages/\\d{4})|release/[^/]+/[^/]+)");
    private static final Pattern LINKED_RELEASE = Pattern.compile(".*/release/([^/?#]+)/([^/?#]+)$");

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

    /** {@code GET /edca/recordPackages/{year}}: record packages (all versions, releases linked by URL). */
    URI recordPackages(int year) {
        return route("/edca/recordPackages/" + year);
    }

    /**
     * A linked release ({@code …/release/{version}/{file}}) rebased on our base URL: the tool builds the links from
     * the Host header it saw, which behind a proxy is not the address we reach it at. Empty for anything else.
     */
    Optional<URI> linkedRelease(String link) {
        Matcher release = LINKED_RELEASE.matcher(link);
        if (!release.matches()) {
            return Optional.empty();
        }
        return Optional.of(route("/release/" + release.group(1) + "/" + release.group(2)));
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
