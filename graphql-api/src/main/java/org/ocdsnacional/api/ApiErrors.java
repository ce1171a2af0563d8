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
 * what to change, and so does a search OpenSearch refused as a bad request ({@code BAD_USER_INPUT}, never
 * {@code SERVICE_UNAVAILABLE}: the cluster is up); anything else is logged here and reported without internals (no
 * stack traces, no class names).
 */
final class ApiErrors implements DataFetcherExceptionHandler {

    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** What a user reads when the server itself failed. */
    static final String INTERNAL = "Error interno; quedó registrado / Internal error; it has been logged.";

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable problem = parameters.getException();
        GraphQLError error = GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                .message(message(problem))
                .extensions(Map.of("code", code(problem)))
                .build();
        log(problem, parameters);
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    /**
     * A client's mistake is not logged; a search OpenSearch refused is logged in one line (the arguments caused it,
     * but a query the API built wrong would too); anything else with its stack trace.
     */
    private static void log(Throwable problem, DataFetcherExceptionHandlerParameters parameters) {
        switch (problem) {
            case InvalidQueryException ignored -> { }
            case ClusterException refused when refused.isBadRequest() ->
                    LOG.warn("OpenSearch refused the search of {}: {}", parameters.getPath(), refused.getMessage());
            default -> LOG.error("Query failed at {}", parameters.getPath(), problem);
        }
    }

    private static String code(Throwable problem) {
        return switch (problem) {
            case InvalidQueryException invalid -> invalid.code();
            case ClusterException refused when refused.isBadRequest() -> BAD_USER_INPUT;
            case ClusterException ignored -> "SERVICE_UNAVAILABLE";
            default -> INTERNAL_ERROR;
        };
    }

    private static String message(Throwable problem) {
        return switch (problem) {
            case InvalidQueryException invalid -> invalid.getMessage();
            case ClusterException refused when refused.isBadRequest() -> "El índice de búsqueda no pudo ejecutar "
                    + "esta búsqueda con los argumentos dados; simplifique el texto o los filtros / The search index "
                    + "could not run this search with the arguments given; simplify the text or the filters.";
            case ClusterException ignored -> "El índice de búsqueda no está disponible; intente más tarde / "
                    + "The search index is unavailable; try again later.";
            default -> INTERNAL;
        };
    }
}
