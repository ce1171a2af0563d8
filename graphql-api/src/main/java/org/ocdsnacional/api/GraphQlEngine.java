package org.ocdsnacional.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.ocdsnacional.api.admin.AdminFetchers;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.Credentials;
import org.ocdsnacional.api.admin.MutationsByPost;
import org.ocdsnacional.api.limits.CostMeter;
import org.ocdsnacional.api.limits.Deadline;
import org.ocdsnacional.api.limits.LimitsInstrumentation;
import org.ocdsnacional.api.limits.ResponseWeight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The executable GraphQL schema: the SDL files wired to their data fetchers, run under the API's limits with a
 * new DataLoader registry per request.
 */
public final class GraphQlEngine implements AutoCloseable {

    /** The schema's files: the API, the OCDS release as typed objects, and the admin mutations. */
    static final List<String> SDL_RESOURCES = List.of("/graphql/schema.graphqls", "/graphql/ocds.graphqls",
            "/graphql/admin.graphqls");

    private static final int DOCUMENT_CACHE_SIZE = 1_000;

    private final GraphQL graphQl;
    private final String sdl;
    private final LimitsInstrumentation limits;
    private final Deadline deadline;
    private final DataLoaders loaders;
    private final boolean introspection;
    private final long maxResponseBytes;
    private final ErrorCodes errorCodes;

    private GraphQlEngine(GraphQL graphQl, String sdl, LimitsInstrumentation limits, ApiConfig config,
                          DataLoaders loaders) {
        this.graphQl = graphQl;
        this.errorCodes = new ErrorCodes(graphQl.getGraphQLSchema());
        this.sdl = sdl;
        this.limits = limits;
        this.deadline = Deadline.of(config.timeout());
        this.loaders = loaders;
        this.introspection = config.introspection();
        this.maxResponseBytes = config.limits().maxResponseBytes();
    }

    /** The schema over {@code backend}, with the admin mutations over {@code admin}, under {@code config}. */
    public static GraphQlEngine create(ApiBackend backend, ApiConfig config, AdminOperations admin) {
        String sdl = SDL_RESOURCES.stream().map(GraphQlEngine::readSdl).collect(Collectors.joining("\n"));
        ProcessFetchers processes = new ProcessFetchers(backend);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl),
                wiring(backend, processes, config, admin));
        LimitsInstrumentation limits = LimitsInstrumentation.create(config.limits(), config.budget());
        ApiErrors errors = new ApiErrors();
        GraphQL graphQl = GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new FlatListsStrategy(schema, errors))
                .instrumentation(new ChainedInstrumentation(new MutationsByPost(), limits, new OperationLabel()))
                .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_SIZE))
                .defaultDataFetcherExceptionHandler(errors)
                .build();
        DataLoaders loaders = DataLoaders.none().with(ProcessFetchers.RELEASES_LOADER,
                Set.of("releases", "validationIssues"), processes::releasesLoader);
        return new GraphQlEngine(graphQl, sdl, limits, config, loaders);
    }

    private static RuntimeWiring wiring(ApiBackend backend, ProcessFetchers processes, ApiConfig config,
                                        AdminOperations admin) {
        OrganizationFetchers organizations = new OrganizationFetchers(backend);
        SummaryFetchers summary = new SummaryFetchers(backend);
        SourceFetchers sources = new SourceFetchers(backend);
        ValidationFetchers validation = new ValidationFetchers(backend);
        return VocabularyEnums.wire(RuntimeWiring.newRuntimeWiring())
                .scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DECIMAL)
                .scalar(Scalars.JSON)
                .type("Query", type -> type
                        .dataFetcher("processes", processes.processes())
                        .dataFetcher("process", processes.process())
                        .dataFetcher("organizations", organizations.organizations())
                        .dataFetcher("organization", organizations.organization())
                        .dataFetcher("summary", summary.summary())
                        .dataFetcher("sources", sources.sources())
                        .dataFetcher("source", sources.source())
                        .dataFetcher("run", validation.run()))
                .type("Process", type -> type
                        .dataFetcher("releases", processes.releases())
                        .dataFetcher("validationIssues", processes.validationIssues())
                        .dataFetcher("publishedBy", processes.publishedBy())
                        .dataFetcher("compiledRelease", processes.compiledRelease())
                        .dataFetcher("compiledReleaseJson", processes.compiledReleaseJson())
                        .dataFetcher("flags", processes.flags()))
                .type("Flag", type -> type
                        .dataFetcher("nameEs", ProcessFetchers.flagName(true))
                        .dataFetcher("nameEn", ProcessFetchers.flagName(false)))
                .type("ReleaseInfo", type -> type
                        .dataFetcher("json", processes.releaseJson()))
                .type("Organization", type -> type
                        .dataFetcher("asBuyer", organizations.asBuyer())
                        .dataFetcher("asSupplier", organizations.asSupplier())
                        .dataFetcher("processes", processes.ofOrganization())
                        .dataFetcher("flags", organizations.flags()))
                .type("RoleProfile", organizations::wireRoleProfile)
                .type("Summary", summary::wire)
                .type("Source", type -> type
                        .dataFetcher("runs", sources.runs()))
                .type("HarvestRun", type -> type
                        .dataFetcher("validation", validation.runValidation())
                        .dataFetcher("issues", validation.runIssues())
                        .dataFetcher("coverage", validation.runCoverage()))
                .type("Mutation", AdminFetchers.create(admin, config.adminToken())::wire)
                .build();
    }

    /**
     * Runs one request under the limits and the deadline, with its own DataLoaders when it may use any; a client that
     * cannot pay for reading the query is refused before it is read.
     */
    public GraphQlResponse execute(GraphQlRequest request) {
        CostMeter meter = CostMeter.forClient(request.client());
        Optional<ExecutionResult> unaffordable = limits.admit(meter, request.query());
        if (unaffordable.isPresent()) {
            return new GraphQlResponse(unaffordable.get(), meter.report(), OperationLabel.NONE);
        }
        QueryText text = new QueryText(request.query());
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables())
                .operationName(request.operationName().orElse(null))
                .locale(GraphQlMessages.LOCALE)
                .graphQLContext(context -> prepare(context, meter, request, text));
        if (loaders.neededBy(text)) {
            input.dataLoaderRegistry(loaders.newRegistry());
        }
        ExecutionInput built = input.build();
        ExecutionResult result = errorCodes.apply(deadline.run(built, graphQl::execute));
        return new GraphQlResponse(result, meter.report(), OperationLabel.of(built.getGraphQLContext()));
    }

    /** Stops the deadline's alarm clock; queries running now still end. */
    @Override
    public void close() {
        deadline.close();
    }

    /** The largest answer, in bytes of JSON. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /** The schema as written in the repository, with its descriptions. */
    public String sdl() {
        return sdl;
    }

    private void prepare(GraphQLContext.Builder context, CostMeter meter, GraphQlRequest request, QueryText text) {
        limits.prepare(context);
        if (request.readOnly()) {
            MutationsByPost.readOnly(context);
        }
        context.put(CostMeter.class, meter).put(Credentials.class, request.credentials()).put(QueryText.class, text)
                .put(ResponseWeight.class, ResponseWeight.upTo(maxResponseBytes));
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
