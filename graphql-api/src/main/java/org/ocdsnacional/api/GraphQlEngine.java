package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The executable GraphQL schema: the SDL file wired to its data fetchers, with a depth limit. */
public final class GraphQlEngine {

    static final String SDL_RESOURCE = "/graphql/schema.graphqls";
    private static final int MAX_DEPTH = 12;

    private final GraphQL graphQl;
    private final String sdl;

    private GraphQlEngine(GraphQL graphQl, String sdl) {
        this.graphQl = graphQl;
        this.sdl = sdl;
    }

    public static GraphQlEngine create(ApiBackend backend, ObjectMapper mapper) {
        String sdl = readSdl();
        QueryFetchers fetchers = new QueryFetchers(backend, mapper);
        ValidationFetchers validation = new ValidationFetchers(backend, mapper);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DECIMAL)
                .scalar(Scalars.JSON)
                .type("Query", type -> type
                        .dataFetcher("processes", fetchers.processes())
                        .dataFetcher("process", fetchers.process())
                        .dataFetcher("sources", fetchers.sources())
                        .dataFetcher("summary", fetchers.summary())
                        .dataFetcher("run", validation.run()))
                .type("Source", type -> type.dataFetcher("runs", validation.sourceRuns()))
                .type("HarvestRun", type -> type
                        .dataFetcher("validation", validation.runValidation())
                        .dataFetcher("issues", validation.runIssues()))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        GraphQL graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new MaxQueryDepthInstrumentation(MAX_DEPTH))
                .defaultDataFetcherExceptionHandler(new ApiErrors())
                .build();
        return new GraphQlEngine(graphQl, sdl);
    }

    public ExecutionResult execute(ExecutionInput input) {
        return graphQl.execute(input);
    }

    /** The schema as written in the repository, with its descriptions. */
    public String sdl() {
        return sdl;
    }

    private static String readSdl() {
        try (InputStream in = GraphQlEngine.class.getResourceAsStream(SDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The GraphQL schema " + SDL_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
