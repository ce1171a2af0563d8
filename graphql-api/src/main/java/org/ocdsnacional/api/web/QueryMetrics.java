package org.ocdsnacional.api.web;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts of the GraphQL requests served since start-up, by error code, with their cost and time. Thread-safe. */
public final class QueryMetrics {

    private final LongAdder requests = new LongAdder();
    private final LongAdder cost = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    /** One request: its cost (0 when refused before it was known), the codes of its errors, how long it took. */
    public void record(long requestedCost, Collection<String> errorCodes, Duration took) {
        requests.increment();
        cost.add(requestedCost);
        nanos.add(took.toNanos());
        errorCodes.forEach(code -> errors.computeIfAbsent(code, key -> new LongAdder()).increment());
    }

    /** The counts as JSON-ready values. */
    Map<String, Object> snapshot() {
        Map<String, Long> byCode = new TreeMap<>();
        errors.forEach((code, count) -> byCode.put(code, count.sum()));
        return Map.of("requests", requests.sum(), "cost", cost.sum(),
                "seconds", nanos.sum() / 1e9, "errors", byCode);
    }
}
