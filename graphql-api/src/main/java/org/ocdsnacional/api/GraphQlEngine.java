package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.ocdsnacional.api.admin.AdminFetchers;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.Credentials;
import org.ocdsnacional.api.limits.CostMeter;
import org.ocdsnacional.api.limits.Deadline;
import org.ocdsnacional.api.limits.LimitsInstrumentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The executable GraphQL schema: the SDL files wired to their data fetchers, run under the API's limits with a
 * new DataLoader registry per request.
 */
public final class GraphQlEngine {

    static final String SDL_RESOURCE = "/graphql/schema.graphqls";
    static final String ADMIN_SDL_RESOURCE = "/graphql/admin.graphqls";

    private final GraphQL graphQl;
    private final String sdl;
    private final LimitsInstrumentation limits;
    private final Deadline deadline;
    private final DataLoaders loaders;
    private final boolean introspection;

    private GraphQlEngine(GraphQL graphQl, String sdl, LimitsInstrumentation limits, ApiConfig config,
                          DataLoaders loaders) {
        this.graphQl = graphQl;
        this.sdl = sdl;
        this.limits = limits;
        this.deadline = Deadline.of(config.timeout());
        this.loaders = loaders;
        this.introspection = config.introspection();
    }

    /** The schema over {@code backend}, with the admin mutations over {@code admin}, under {@code config}. */
    public static GraphQlEngine create(ApiBackend backend, ObjectMapper mapper, ApiConfig config,
                                       AdminOperations admin) {
        String sdl = readSdl(SDL_RESOURCE) + "\n" + readSdl(ADMIN_SDL_RESOURCE);
        QueryFetchers fetchers = new QueryFetchers(backend, mapper);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DECIMAL)
                .scalar(Scalars.JSON)
                .type("Query", type -> type
                        .dataFetcher("processes", fetchers.processes())
                        .dataFetcher("process", fetchers.process())
                        .dataFetcher("sources", fetchers.sources())
                        .dataFetcher("summary", fetchers.summary()))
                .type("Mutation", AdminFetchers.create(admin, config.adminToken())::wire)
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        LimitsInstrumentation limits = LimitsInstrumentation.create(config.limits(), config.budget());
        GraphQL graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(limits)
                .defaultDataFetcherExceptionHandler(new ApiErrors())
                .build();
        // The query side registers its loaders here, e.g. DataLoaders.none().with("organization", factory).
        DataLoaders loaders = DataLoaders.none();
        return new GraphQlEngine(graphQl, sdl, limits, config, loaders);
    }

    /** Runs one request under the limits and the deadline, with its own DataLoaders. */
    public GraphQlResponse execute(GraphQlRequest request) {
        CostMeter meter = CostMeter.forClient(request.client());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables())
                .operationName(request.operationName().orElse(null))
                .graphQLContext(context -> prepare(context, meter, request.credentials()))
                .dataLoaderRegistry(loaders.newRegistry())
                .build();
        ExecutionResult result = ErrorCodes.apply(deadline.run(input, graphQl::execute));
        return new GraphQlResponse(result, meter.report());
    }

    /** The schema as written in the repository, with its descriptions. */
    public String sdl() {
        return sdl;
    }

    private void prepare(GraphQLContext.Builder context, CostMeter meter, Credentials credentials) {
        limits.prepare(context);
        context.put(CostMeter.class, meter).put(Credentials.class, credentials);
        if (!introspection) {
            context.put(Introspection.INTROSPECTION_DISABLED, true);
        }
    }

    private static String readSdl(String resource) {
        try (InputStream in = GraphQlEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The GraphQL schema " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
