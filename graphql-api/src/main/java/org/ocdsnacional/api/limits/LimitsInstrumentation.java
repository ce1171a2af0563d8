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
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * Applies the {@link QueryLimits} and the per-client budgets to every query: the parser stops at the size limits
 * (reported as {@code QUERY_TOO_LARGE}), then, once the query is valid and before any field runs, its depth and
 * cost are checked and the cost is taken from the client's budget. Costs are remembered per query text, operation and
 * variables, so a repeated query is not analysed again. Each request's {@link CostMeter} (in its
 * {@code GraphQLContext}) names the client and receives the cost.
 */
public final class LimitsInstrumentation implements Instrumentation {

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
            meter.record(report(cost.cost(), available(meter)));
            throw QueryRejected.tooComplex(cost.cost(), limits.maxCost());
        }
        charge(meter, cost.cost());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        if (((ParseOutcome) state).tooLarge) {
            return CompletableFuture.completedFuture(QueryRejected.tooLarge(limits).toExecutionResult());
        }
        chargeWeight(parameters.getGraphQLContext());
        return CompletableFuture.completedFuture(result);
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

    private void charge(CostMeter meter, long cost) {
        if (!budgets.config().enabled()) {
            meter.record(report(cost, OptionalLong.empty()));
            return;
        }
        TokenBucket.Withdrawal withdrawal = budgets.take(meter.client(), cost);
        meter.record(report(cost, OptionalLong.of(withdrawal.remaining())));
        if (!withdrawal.granted()) {
            throw QueryRejected.rateLimited(cost, withdrawal);
        }
    }

    private OptionalLong available(CostMeter meter) {
        return budgets.config().enabled() ? OptionalLong.of(budgets.available(meter.client())) : OptionalLong.empty();
    }

    private CostReport report(long cost, OptionalLong remaining) {
        BudgetConfig budget = budgets.config();
        return new CostReport(cost, 0, limits.maxCost(), remaining, budget.capacity(), budget.refillPerSecond());
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
