package org.ocdsnacional.api.web;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-origin access to {@code /graphql} for browser apps. Apps of the public origins ({@code api.cors.origins},
 * {@code *} for any) may read: GET and POST with any header but {@code Authorization}. Apps of the admin origins
 * ({@code admin.cors.origins}, none by default) may also send {@code Authorization}, i.e. the admin token. Any other
 * origin is refused (HTTP 403), and a public origin's preflight that asks for {@code Authorization} too. Requests
 * without {@code Origin}, or from the server's own origin (GraphiQL), are not cross-origin and pass untouched.
 * (Helidon's CORS support chooses by path only, not by origin, so it cannot tell the two kinds of apps apart.)
 */
public final class GraphQlCors implements Filter {

    private static final String PATH = "/graphql";
    private static final String ANY = "*";
    private static final String AUTHORIZATION = "authorization";
    private static final String MAX_AGE_SECONDS = "600";

    private final boolean anyOrigin;
    private final Set<String> origins;
    private final Set<String> adminOrigins;

    private GraphQlCors(List<String> origins, List<String> adminOrigins) {
        this.anyOrigin = origins.contains(ANY);
        this.origins = Set.copyOf(origins);
        this.adminOrigins = Set.copyOf(adminOrigins);
    }

    /** Public read access for {@code origins} ({@code *} for any), and the admin token from {@code adminOrigins}. */
    public static GraphQlCors create(List<String> origins, List<String> adminOrigins) {
        return new GraphQlCors(origins, adminOrigins);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        String path = request.path().path();
        if (origin.isEmpty() || !(path.equals(PATH) || path.startsWith(PATH + "/")) || sameOrigin(request,
                origin.get())) {
            chain.proceed();
            return;
        }
        if (request.prologue().method() == Method.OPTIONS
                && request.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
            preflight(request, response, origin.get(), path);
            return;
        }
        if (!publicOrigin(origin.get()) && !adminOrigins.contains(origin.get())) {
            response.status(Status.FORBIDDEN_403).send();
            return;
        }
        allowOrigin(response, origin.get());
        chain.proceed();
    }

    private void preflight(RoutingRequest request, RoutingResponse response, String origin, String path) {
        String method = request.headers().get(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD).get();
        List<String> headers = request.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS)
                .map(GraphQlCors::names).orElse(List.of());
        boolean admin = adminOrigins.contains(origin);
        boolean allowed = (admin || publicOrigin(origin)) && methods(path).contains(method)
                && (admin || !headers.contains(AUTHORIZATION));
        if (!allowed) {
            response.status(Status.FORBIDDEN_403).send();
            return;
        }
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.header(HeaderNames.VARY, HeaderNames.ORIGIN.defaultCase());
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods(path)));
        if (!headers.isEmpty()) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
        }
        response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
        response.status(Status.NO_CONTENT_204).send();
    }

    private void allowOrigin(RoutingResponse response, String origin) {
        if (anyOrigin && !adminOrigins.contains(origin)) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, ANY);
            return;
        }
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.header(HeaderNames.VARY, HeaderNames.ORIGIN.defaultCase());
    }

    private boolean publicOrigin(String origin) {
        return anyOrigin || origins.contains(origin);
    }

    /** GraphQL itself takes GET and POST; the schema under it only GET. */
    private static List<String> methods(String path) {
        return path.equals(PATH) ? List.of("GET", "POST") : List.of("GET");
    }

    private static List<String> names(String header) {
        return Arrays.stream(header.split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** Whether {@code origin} is the server's own (scheme, host and port of the request), as a browser writes it. */
    private static boolean sameOrigin(RoutingRequest request, String origin) {
        var uri = request.requestedUri();
        String scheme = uri.scheme();
        int defaultPort = "https".equals(scheme) ? 443 : 80;
        String own = scheme + "://" + uri.host() + (uri.port() == defaultPort ? "" : ":" + uri.port());
        return own.equalsIgnoreCase(origin);
    }
}
