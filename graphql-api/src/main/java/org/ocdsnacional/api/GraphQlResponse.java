package org.ocdsnacional.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.ocdsnacional.api.limits.CostReport;
import org.ocdsnacional.api.limits.QueryRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a request: graphql-java's result and, once computed, the query's cost.
 *
 * @param result the result
 * @param cost      the cost, for {@code extensions.cost}
 * @param operation what it executed, for metrics: a root field of the schema, {@code multiple} or {@code none}
 */
public record GraphQlResponse(ExecutionResult result, Optional<CostReport> cost, String operation) {

    /** The JSON body: the result as the GraphQL specification lays it out, with {@code extensions.cost}. */
    public Map<String, Object> toSpecification() {
        Map<String, Object> body = new LinkedHashMap<>(result.toSpecification());
        cost.ifPresent(report -> {
            Map<Object, Object> extensions = new LinkedHashMap<>(
                    result.getExtensions() == null ? Map.of() : result.getExtensions());
            extensions.put("cost", report.toExtension());
            body.put("extensions", extensions);
        });
        return body;
    }

    /** The {@code code} of each error. */
    public List<String> errorCodes() {
        return result.getErrors().stream()
                .map(error -> error.getExtensions() == null ? null : error.getExtensions().get("code"))
                .map(String::valueOf)
                .toList();
    }

    /** Seconds to wait when the request was refused for the client's budget. */
    public Optional<Long> retryAfterSeconds() {
        return result.getErrors().stream()
                .map(GraphQLError::getExtensions)
                .filter(extensions -> extensions != null
                        && QueryRejected.RATE_LIMITED.equals(extensions.get("code")))
                .map(extensions -> (Long) extensions.get(QueryRejected.RETRY_AFTER))
                .findFirst();
    }
}
