package org.ocdsnacional.api.limits;

import java.util.Optional;

/**
 * One request's link between the HTTP layer and the limits: who is asking (the key of their budget), and what the
 * query cost once it is known. The HTTP layer puts it in the request's {@code GraphQLContext}.
 */
public final class CostMeter {

    private final String client;
    private volatile CostReport report;
    private volatile long owed;

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

    /** What the query cost so far (absent until {@link LimitsInstrumentation#admit} weighed its text). */
    public Optional<CostReport> report() {
        return Optional.ofNullable(report);
    }

    void record(CostReport costReport) {
        this.report = costReport;
    }

    /** Points the client owes for reading the query and has not paid yet. */
    long owed() {
        return owed;
    }

    void owe(long points) {
        owed = points;
    }

    void settle() {
        owed = 0;
    }
}
