package org.ocdsnacional.api.admin;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.api.limits.CostMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * The fields of the {@code Mutation} type: each checks the caller's token, then calls {@link AdminOperations}. A
 * refusal is logged (which mutation, why, the caller's address; never the token presented).
 */
public final class AdminFetchers {

    private static final Logger LOG = LoggerFactory.getLogger(AdminFetchers.class);

    private final AdminOperations operations;
    private final AdminGuard guard;

    private AdminFetchers(AdminOperations operations, AdminGuard guard) {
        this.operations = operations;
        this.guard = guard;
    }

    /** Admin fields over {@code operations}, open to requests bearing {@code adminToken}; none when it is empty. */
    public static AdminFetchers create(AdminOperations operations, Optional<String> adminToken) {
        return new AdminFetchers(operations, new AdminGuard(adminToken));
    }

    /** Wires the fields of the {@code Mutation} type. */
    public TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder mutation) {
        return mutation
                .dataFetcher("runSourceNow", guarded(env -> runRequest(
                        operations.runSourceNow(env.getArgument("source")))))
                .dataFetcher("setSourceStatus", guarded(env -> statusChange(operations.setSourceStatus(
                        env.getArgument("source"), SourceStatus.valueOf(env.getArgument("status"))))))
                .dataFetcher("reloadRegistry", guarded(env -> reload(operations.reloadRegistry())));
    }

    private DataFetcher<DataFetcherResult<Object>> guarded(DataFetcher<Object> action) {
        return env -> {
            Credentials credentials = env.getGraphQlContext().getOrDefault(Credentials.class, Credentials.NONE);
            Optional<AdminGuard.Denial> denial = guard.check(credentials);
            if (denial.isPresent()) {
                LOG.warn("Admin mutation {} refused ({}) to {}", env.getField().getName(), denial.get().code(),
                        client(env));
                return failure(env, denial.get().code(), denial.get().message());
            }
            try {
                return DataFetcherResult.newResult().data(action.get(env)).build();
            } catch (AdminException e) {
                return failure(env, e.code(), e.getMessage());
            }
        };
    }

    /** Who asked, as budgets know it (its address), never what it presented. */
    private static String client(DataFetchingEnvironment env) {
        CostMeter meter = env.getGraphQlContext().get(CostMeter.class);
        return meter == null ? "an unknown client" : meter.client();
    }

    private static DataFetcherResult<Object> failure(DataFetchingEnvironment env, String code, String message) {
        return DataFetcherResult.newResult()
                .error(GraphqlErrorBuilder.newError(env).message(message).extensions(Map.of("code", code)).build())
                .build();
    }

    private static Map<String, Object> runRequest(AdminOperations.RunRequest request) {
        return Map.of("source", request.sourceId(), "state", request.state().name());
    }

    private static Map<String, Object> statusChange(AdminOperations.StatusChange change) {
        return Map.of("source", change.sourceId(), "previous", change.previous().name(),
                "status", change.status().name());
    }

    private static Map<String, Object> reload(AdminOperations.RegistryReload reload) {
        return Map.of("sources", reload.sources(), "active", reload.active());
    }
}
