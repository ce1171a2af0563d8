package org.ocdsnacional.web.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.List;
import java.util.Locale;

/**
 * Tells requests of API clients from those of browsers, for an address nobody answers: an API client (a path under
 * the API's {@code /graphql} or {@code /ocds}, or a request that accepts JSON and not HTML) gets the API's JSON 404,
 * a browser the portal's page.
 */
public final class ApiRequests {

    private static final List<String> API_PATHS = List.of("/graphql", "/ocds");

    private ApiRequests() {
    }

    public static boolean isApi(ServerRequest request) {
        String path = request.path().path();
        if (API_PATHS.stream().anyMatch(api -> path.equals(api) || path.startsWith(api + "/"))) {
            return true;
        }
        String accept = request.headers().first(HeaderNames.ACCEPT).orElse("").toLowerCase(Locale.ROOT);
        return accept.contains("json") && !accept.contains("text/html");
    }
}
