package org.ocdsnacional.api.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a query cost, as reported in {@code extensions.cost}.
 *
 * @param requested       the query's cost, computed before it ran
 * @param reading         points for reading the query's text, paid whether it ran or was refused
 * @param weight          points for the size of the large values the answer carries ({@link ResponseWeight}),
 *                        charged after it ran
 * @param limit           the highest cost a single query may have
 * @param remaining       the client's points left after this query (empty when budgets are off)
 * @param budget          the capacity of the client's budget (0 when budgets are off)
 * @param refillPerSecond points given back per second
 */
public record CostReport(long requested, long reading, long weight, int limit, OptionalLong remaining, long budget,
                         double refillPerSecond) {

    /** This report with the weight of the answer, and the points left once it was charged. */
    CostReport weighed(long points, OptionalLong left) {
        return new CostReport(requested, reading, points, limit, left, budget, refillPerSecond);
    }

    /** This report with the points left after a later charge. */
    CostReport remaining(OptionalLong left) {
        return new CostReport(requested, reading, weight, limit, left, budget, refillPerSecond);
    }

    /** The JSON object of {@code extensions.cost}. */
    public Map<String, Object> toExtension() {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requested", requested);
        cost.put("reading", reading);
        cost.put("weight", weight);
        cost.put("limit", limit);
        remaining.ifPresent(points -> {
            cost.put("remaining", points);
            cost.put("budget", budget);
            cost.put("refillPerSecond", refillPerSecond);
        });
        return cost;
    }
}
