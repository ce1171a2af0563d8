package org.ocdsnacional.api.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.ParserOptions;
import org.ocdsnacional.api.cache.RecentCache;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Applies the {@link QueryLimits} and the per-client budgets to every query. Before a query is read, the client must
 * be able to pay for reading it ({@link #admit}): a point per {@value #CHARACTERS_PER_POINT} characters of its text,
 * taken whether the query then runs or is refused, so that refused queries are no free work. The parser stops at the
 * size limits (reported as {@code QUERY_TOO_LARGE}); once the query is valid and before any field runs, its depth
 * and cost are checked and the cost is taken from the client's budget with the reading; after it ran, the weight of
 * its large values ({@link ResponseWeight}). Costs are remembered per query text, operation and variables, so a
 * repeated query is not analysed again. Each request's {@link CostMeter} (in its {@code GraphQLContext}) names the
 * client and receives the costs.
 */
public final class LimitsInstrumentation implements Instrumentation {

    /** Reading a query costs a point per this many characters of its text (and at least one). */
    public static final int CHARACTERS_PER_POINT = 100;
    private static final int COST_CACHE_SIZE = 1_000;

    private final QueryLimits limits;
    private final ParserOptions parserOptions;
    private final ClientBudgets budgets;
    private final RecentCache<CostKey, QueryCost> costs = RecentCache.of(COST_CACHE_SIZE);

    private LimitsInstrumentation(QueryLimits limits, ClientBudgets budgets) {
        this.limits = limits;
        this.parserOptions = limits.parserOptions();
        this.budgets = budgets;
    }

    /** What a query's cost depends on besides the schema: its text, the operation chosen and the variables. */
    private record CostKey(String query, String operationName, Map<String, Object> variables) {
        static CostKey of(ExecutionInput input) {
            return new CostKey(input.getQuery(), input.getOperationName(), input.getVariables());
        }
    }

    public static LimitsInstrumentation create(QueryLimits limits, BudgetConfig budget) {
        return new LimitsInstrumentation(limits, new ClientBudgets(budget, System::nanoTime,
                ClientBudgets.SWEEP_ABOVE));
    }

    /**
     * Call before a query is read: the price of reading {@code query} is owed by the meter's client from now on.
     * When the client's budget cannot pay it, the query is refused at once, unread ({@code RATE_LIMITED}).
     */
    public Optional<ExecutionResult> admit(CostMeter meter, String query) {
        long reading = 1 + Math.min(query.length(), limits.maxCharacters()) / CHARACTERS_PER_POINT;
        meter.owe(reading);
        if (!budgets.config().enabled()) {
            meter.record(report(0, reading, OptionalLong.empty()));
            return Optional.empty();
        }
        TokenBucket.Withdrawal affordable = budgets.check(meter.client(), reading);
        meter.record(report(0, reading, OptionalLong.of(affordable.remaining())));
        if (affordable.granted()) {
            return Optional.empty();
        }
        meter.settle();
        return Optional.of(QueryRejected.rateLimited(reading, affordable).toExecutionResult());
    }

    /** Puts the parser limits into a request's context; call it for every request. */
    public void prepare(GraphQLContext.Builder context) {
        context.put(ParserOptions.class, parserOptions);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new ParseOutcome());
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        return SimpleInstrumentationContext.whenCompleted((document, problem) ->
                ((ParseOutcome) state).tooLarge = isSizeLimit(problem));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        QueryCost cost = costOf(execution);
        if (cost.depth() > limits.maxDepth()) {
            throw QueryRejected.tooDeep(cost.depth(), limits.maxDepth());
        }
        CostMeter meter = execution.getGraphQLContext().get(CostMeter.class);
        if (cost.cost() > limits.maxCost()) {
            meter.record(report(cost.cost(), meter.owed(), available(meter)));
            throw QueryRejected.tooComplex(cost.cost(), limits.maxCost());
        }
        charge(meter, cost.cost());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        GraphQLContext context = parameters.getGraphQLContext();
        settleReading(context.get(CostMeter.class));
        chargeWeight(context);
        if (((ParseOutcome) state).tooLarge) {
            return CompletableFuture.completedFuture(QueryRejected.tooLarge(limits).toExecutionResult());
        }
        return CompletableFuture.completedFuture(result);
    }

    /** A query refused before it ran (invalid, too large, deep or complex) still pays for having been read. */
    private void settleReading(CostMeter meter) {
        long owed = meter.owed();
        if (owed == 0 || meter.report().isEmpty()) {
            return;
        }
        meter.settle();
        OptionalLong left = budgets.config().enabled() ? OptionalLong.of(budgets.charge(meter.client(), owed))
                : OptionalLong.empty();
        meter.record(meter.report().get().remaining(left));
    }

    /** Charges the client for the size of the large values its answer carries, now that they are known. */
    private void chargeWeight(GraphQLContext context) {
        CostMeter meter = context.get(CostMeter.class);
        ResponseWeight weight = context.get(ResponseWeight.class);
        long points = weight == null ? 0 : weight.points();
        if (points == 0 || meter.report().isEmpty()) {
            return;
        }
        OptionalLong left = budgets.config().enabled() ? OptionalLong.of(budgets.charge(meter.client(), points))
                : OptionalLong.empty();
        meter.record(meter.report().get().weighed(points, left));
    }

    /** The cost of the query, computed once per text, operation and variables (apps repeat their queries). */
    private QueryCost costOf(ExecutionContext execution) {
        CostKey key = CostKey.of(execution.getExecutionInput());
        return costs.get(key).orElseGet(() -> {
            QueryCost cost = QueryCost.of(execution.getNormalizedQueryTree().get(), execution.getGraphQLSchema());
            costs.put(key, cost);
            return cost;
        });
    }

    /**
     * Takes the query's cost and the price of reading it together. Refused, the reading is taken all the same (the
     * work was done), and the client is told how long until it can pay both.
     */
    private void charge(CostMeter meter, long cost) {
        long reading = meter.owed();
        meter.settle();
        if (!budgets.config().enabled()) {
            meter.record(report(cost, reading, OptionalLong.empty()));
            return;
        }
        TokenBucket.Withdrawal withdrawal = budgets.take(meter.client(), cost + reading);
        if (withdrawal.granted()) {
            meter.record(report(cost, reading, OptionalLong.of(withdrawal.remaining())));
            return;
        }
        long left = budgets.charge(meter.client(), reading);
        meter.record(report(cost, reading, OptionalLong.of(left)));
        throw QueryRejected.rateLimited(cost + reading, budgets.check(meter.client(), cost + reading));
    }

    private OptionalLong available(CostMeter meter) {
        return budgets.config().enabled() ? OptionalLong.of(budgets.available(meter.client())) : OptionalLong.empty();
    }

    private CostReport report(long cost, long reading, OptionalLong remaining) {
        BudgetConfig budget = budgets.config();
        return new CostReport(cost, reading, 0, limits.maxCost(), remaining, budget.capacity(),
                budget.refillPerSecond());
    }

    private static boolean isSizeLimit(Throwable problem) {
        return problem instanceof ParseCancelledException || problem instanceof ParseCancelledTooManyCharsException
                || problem instanceof ParseCancelledTooDeepException;
    }

    /** Whether this request's parse stopped at a size limit. */
    private static final class ParseOutcome implements InstrumentationState {
        private volatile boolean tooLarge;
    }
}
