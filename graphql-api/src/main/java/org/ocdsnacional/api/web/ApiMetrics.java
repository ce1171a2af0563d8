package org.ocdsnacional.api.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;

/**
 * The GraphQL requests served, as Micrometer meters: a timer with a latency histogram by operation (the root field
 * asked for) and outcome ({@code ok}, or the first error's code), the cost of each request by operation, and the
 * errors by code. Every label comes from the schema or the API's own error codes, never from the client's text.
 */
public final class ApiMetrics {

    static final String OK = "ok";

    private final MeterRegistry registry;

    private ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public static ApiMetrics create(MeterRegistry registry) {
        return new ApiMetrics(registry);
    }

    /** One request: the operation it executed, the codes of its errors, its cost (0 when refused before), its time. */
    public void record(String operation, List<String> errorCodes, long cost, Duration took) {
        String outcome = errorCodes.isEmpty() ? OK : errorCodes.getFirst();
        Timer.builder("ocds.api.requests")
                .description("GraphQL requests by operation (root field) and outcome")
                .tags("operation", operation, "outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(took);
        DistributionSummary.builder("ocds.api.cost")
                .description("The cost of GraphQL requests, in points")
                .tags("operation", operation)
                .register(registry)
                .record(cost);
        errorCodes.stream().distinct().forEach(code -> Counter.builder("ocds.api.errors")
                .description("GraphQL errors by code")
                .tags("code", code)
                .register(registry)
                .increment());
    }
}
