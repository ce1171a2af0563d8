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
import org.ocdsnacional.indexer.query.Dimension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The executable GraphQL schema: the SDL file wired to its data fetchers, with a depth limit. */
public final class GraphQlEngine {

    /** The schema's files: the API itself, then the OCDS release as typed objects. */
    static final List<String> SDL_RESOURCES = List.of("/graphql/schema.graphqls", "/graphql/ocds.graphqls");
    private static final int MAX_DEPTH = 12;

    private final GraphQL graphQl;
    private final String sdl;

    private GraphQlEngine(GraphQL graphQl, String sdl) {
        this.graphQl = graphQl;
        this.sdl = sdl;
    }

    public static GraphQlEngine create(ApiBackend backend, ObjectMapper mapper) {
        String sdl = readSdl();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl),
                wiring(backend, mapper));
        GraphQL graphQl = GraphQL.newGraphQL(schema)
                .instrumentation(new MaxQueryDepthInstrumentation(MAX_DEPTH))
                .defaultDataFetcherExceptionHandler(new ApiErrors())
                .build();
        return new GraphQlEngine(graphQl, sdl);
    }

    private static RuntimeWiring wiring(ApiBackend backend, ObjectMapper mapper) {
        ProcessFetchers processes = new ProcessFetchers(backend, mapper);
        OrganizationFetchers organizations = new OrganizationFetchers(backend);
        SummaryFetchers summary = new SummaryFetchers(backend);
        SourceFetchers sources = new SourceFetchers(backend);
        return RuntimeWiring.newRuntimeWiring()
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
                        .dataFetcher("source", sources.source()))
                .type("Process", type -> type
                        .dataFetcher("releases", processes.releases())
                        .dataFetcher("validationIssues", processes.validationIssues())
                        .dataFetcher("publishedBy", processes.publishedBy()))
                .type("Organization", type -> type
                        .dataFetcher("asBuyer", organizations.asBuyer())
                        .dataFetcher("asSupplier", organizations.asSupplier())
                        .dataFetcher("processes", processes.ofOrganization()))
                .type("RoleProfile", type -> type
                        .dataFetcher("processCount", organizations.roleCount())
                        .dataFetcher("awarded", organizations.roleAwarded())
                        .dataFetcher("byState", organizations.roleByState())
                        .dataFetcher("byYear", organizations.roleByYear())
                        .dataFetcher("counterparties", organizations.counterparties()))
                .type("Summary", type -> type
                        .dataFetcher("processCount", summary.processCount())
                        .dataFetcher("awarded", summary.awarded())
                        .dataFetcher("byState", summary.by(Dimension.STATE))
                        .dataFetcher("bySource", summary.by(Dimension.SOURCE))
                        .dataFetcher("byLevel", summary.by(Dimension.LEVEL))
                        .dataFetcher("byYear", summary.by(Dimension.YEAR))
                        .dataFetcher("byMonth", summary.by(Dimension.MONTH))
                        .dataFetcher("byMethod", summary.by(Dimension.METHOD))
                        .dataFetcher("byMethodDetails", summary.by(Dimension.METHOD_DETAILS))
                        .dataFetcher("byCategory", summary.by(Dimension.CATEGORY))
                        .dataFetcher("topBuyers", summary.topBuyers())
                        .dataFetcher("topSuppliers", summary.topSuppliers())
                        .dataFetcher("directAwardShare", summary.directAwardShare())
                        .dataFetcher("singleBidderShare", summary.singleBidderShare()))
                .type("Source", type -> type
                        .dataFetcher("runs", sources.runs()))
                .build();
    }

    public ExecutionResult execute(ExecutionInput input) {
        return graphQl.execute(input);
    }

    /** The schema as written in the repository, with its descriptions. */
    public String sdl() {
        return sdl;
    }

    private static String readSdl() {
        StringBuilder sdl = new StringBuilder();
        for (String resource : SDL_RESOURCES) {
            try (InputStream in = GraphQlEngine.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The GraphQL schema " + resource + " is not on the classpath");
                }
                sdl.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sdl.toString();
    }
}
