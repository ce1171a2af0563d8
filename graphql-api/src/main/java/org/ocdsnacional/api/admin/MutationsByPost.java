package org.ocdsnacional.api.admin;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

import java.util.Map;

/**
 * Mutations run only for a POST: a GET (a link, an image, a prefetch) can be made to happen by any page a browser
 * visits, so a request that arrived by GET is read-only, and a mutation in it is refused with
 * {@value #METHOD_NOT_ALLOWED} (HTTP 405) before any field runs. The HTTP layer marks such requests.
 */
public final class MutationsByPost implements Instrumentation {

    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    private static final String READ_ONLY = MutationsByPost.class.getName() + ".readOnly";

    /** Marks a request that may not change anything (it arrived by GET). */
    public static void readOnly(GraphQLContext.Builder context) {
        context.put(READ_ONLY, true);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
                && Boolean.TRUE.equals(execution.getGraphQLContext().get(READ_ONLY))) {
            throw new Refused();
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The refusal: an answer, not a failure, so without a stack trace. */
    private static final class Refused extends AbortExecutionException {

        Refused() {
            super("Las mutaciones solo se aceptan por POST / Mutations are accepted only by POST.");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", METHOD_NOT_ALLOWED);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
