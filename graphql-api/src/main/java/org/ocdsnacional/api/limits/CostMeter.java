package org.ocdsnacional.api.limits;

import java.util.Optional;

/**
 * One request's link between the HTTP layer and the limits: who is asking (the key of their budget), and what the
 * query cost once it is known. The HTTP layer puts it in the request's {@code GraphQLContext}.
 */
public final class CostMeter {

    private final String client;
    private volatile CostReport report;

    private CostMeter(String client) {
        this.client = client;
    }

    /** A meter for the client with this budget key (e.g. a token's hash or a remote address). */
    public static CostMeter forClient(String client) {
        return new CostMeter(client);
    }

    public String client() {
        return client;
    }

    /** The cost of the query, once computed (absent when it was refused before, e.g. for its size). */
    public Optional<CostReport> report() {
        return Optional.ofNullable(report);
    }

    void record(CostReport costReport) {
        this.report = costReport;
    }
}
