package org.ocdsnacional.api;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;

import java.util.List;

/**
 * Names the operation a request executes for metrics, from the schema's words only: the root field it asks for
 * ({@code processes}, {@code runSourceNow}), {@code multiple} when it asks for several, {@code none} when nothing
 * was executed (a refused or invalid query). Operation names and aliases are the client's and unbounded, so they
 * are never used: a metric's labels stay as few as the schema's root fields.
 */
final class OperationLabel implements Instrumentation {

    static final String NONE = "none";
    static final String MULTIPLE = "multiple";
    private static final String KEY = OperationLabel.class.getName();

    /** The label the request in {@code context} earned. */
    static String of(GraphQLContext context) {
        return context.getOrDefault(KEY, NONE);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        List<String> fields = operation.getSelectionSet().getSelections().stream()
                .filter(Field.class::isInstance)
                .map(selection -> ((Field) selection).getName())
                .distinct()
                .toList();
        parameters.getExecutionContext().getGraphQLContext().put(KEY, fields.size() == 1 ? fields.getFirst()
                : fields.isEmpty() ? NONE : MULTIPLE);
        return SimpleInstrumentationContext.noOp();
    }
}
