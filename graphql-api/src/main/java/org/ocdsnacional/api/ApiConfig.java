package org.ocdsnacional.api;

import org.ocdsnacional.api.admin.AdminToken;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the API can be configured with; the application reads it from its configuration in one place.
 *
 * @param limits        limits on a single query
 * @param budget        the cost budget of each client
 * @param timeout       the server-side deadline of a query
 * @param corsOrigins   origins whose browser apps may call {@code /graphql} ({@code *} for any)
 * @param introspection whether {@code __schema} and {@code __type} may be asked (GraphiQL needs them)
 * @param adminToken    the bearer token of admin mutations; empty turns administration off, and a weak one is
 *                      refused ({@link AdminToken})
 * @param paging        how long cursors live and how many points in time their pages may hold open
 * @param adminCorsOrigins origins whose browser apps may also send the admin token ({@code Authorization}); none
 *                         by default: other origins' apps only read
 * @param publicUrl     the URL clients reach the server at (behind a proxy, the proxy's), which the {@code uri} of OCDS
 *                      packages is built from; empty for {@code http://localhost:<port>}. Never the request's Host.
 */
public record ApiConfig(QueryLimits limits, BudgetConfig budget, Duration timeout, List<String> corsOrigins,
                        boolean introspection, Optional<String> adminToken, PagingConfig paging,
                        List<String> adminCorsOrigins, Optional<URI> publicUrl) {

    public static final ApiConfig DEFAULTS = new ApiConfig(QueryLimits.DEFAULTS, BudgetConfig.DEFAULTS,
            Duration.ofSeconds(10), List.of("*"), true, Optional.empty(), PagingConfig.DEFAULTS, List.of(),
            Optional.empty());

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        adminCorsOrigins = List.copyOf(adminCorsOrigins);
        if (adminCorsOrigins.contains("*")) {
            throw new IllegalArgumentException("admin.cors.origins names origins one by one: «*» would let any "
                    + "site's pages send the admin token");
        }
        adminToken = adminToken.filter(token -> !token.isBlank());
        adminToken.ifPresent(AdminToken::requireStrong);
        publicUrl = publicUrl.map(ApiConfig::checkedPublicUrl);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("api.timeout must be positive, not " + timeout);
        }
        if (budget.enabled() && budget.capacity() < limits.maxCost()) {
            throw new IllegalArgumentException("api.budget.capacity (" + budget.capacity() + ") must be at least "
                    + "api.max-cost (" + limits.maxCost() + "), or no query at the maximum could ever run");
        }
    }

    /** An absolute http(s) URL without query or fragment, without a trailing slash. */
    private static URI checkedPublicUrl(URI url) {
        if (!url.isAbsolute() || url.getHost() == null || !List.of("http", "https").contains(url.getScheme())
                || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("server.public-url must be an http(s) URL such as "
                    + "https://api.example.org, not " + url);
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
