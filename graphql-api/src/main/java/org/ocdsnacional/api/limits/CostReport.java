package org.ocdsnacional.api.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a query cost, as reported in {@code extensions.cost}.
 *
 * @param requested       the query's cost, computed before it ran
 * @param limit           the highest cost a single query may have
 * @param remaining       the client's points left after this query (empty when budgets are off)
 * @param budget          the capacity of the client's budget (0 when budgets are off)
 * @param refillPerSecond points given back per second
 */
public record CostReport(long requested, int limit, OptionalLong remaining, long budget, double refillPerSecond) {

    /** The JSON object of {@code extensions.cost}. */
    public Map<String, Object> toExtension() {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", requested);
        cost.put("limit", limit);
        remaining.ifPresent(points -> {
            cost.put("remaining", points);
            cost.put("budget", budget);
            cost.put("refillPerSecond", refillPerSecond);
        });
        return cost;
    }
}
