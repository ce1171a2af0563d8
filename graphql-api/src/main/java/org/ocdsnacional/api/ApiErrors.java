package org.ocdsnacional.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Turns exceptions of data fetchers into GraphQL errors with a code and a readable message: bad arguments say
 * what to change; anything else is logged here and reported without internals (no stack traces, no class names).
 */
final class ApiErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable problem = parameters.getException();
        GraphQLError error = GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                .message(message(problem))
                .extensions(Map.of("code", code(problem)))
                .build();
        if (!(problem instanceof InvalidQueryException)) {
            LOG.error("Query failed at {}", parameters.getPath(), problem);
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static String code(Throwable problem) {
        return switch (problem) {
            case InvalidQueryException invalid -> invalid.code();
            case ClusterException ignored -> "SERVICE_UNAVAILABLE";
            default -> "INTERNAL_ERROR";
        };
    }

    private static String message(Throwable problem) {
        return switch (problem) {
            case InvalidQueryException invalid -> invalid.getMessage();
            case ClusterException ignored -> "El índice de búsqueda no está disponible; intente más tarde / "
                    + "The search index is unavailable; try again later.";
            default -> "Error interno; quedó registrado / Internal error; it has been logged.";
        };
    }
}
