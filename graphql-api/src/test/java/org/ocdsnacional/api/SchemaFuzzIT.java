package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.api.HostileValues.Hostile;
import org.ocdsnacional.api.SchemaSites.Site;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every argument of the schema, and every field of its input objects at any depth, found by walking the served
 * schema, is sent each {@link HostileValues hostile value} as a literal and as a variable, over HTTP to the real
 * server on a real OpenSearch node holding {@link KnownProcesses}. Every answer must be a client error: no 5xx, JSON,
 * each error with a code that is not the server's fault and a message in Spanish and English; and the server's log
 * stays free of errors.
 */
class SchemaFuzzIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "fuzz-admin-token-0123456789abcdef0123456789abcdef";
    private static final int CLIENTS = 3;

    @TempDir
    static Path home;
    private static KnownIndex index;
    private static ApiServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        index = KnownIndex.start(home);
        ApiConfig config = new ApiConfig(QueryLimits.DEFAULTS, new BudgetConfig(0, 0), Duration.ofSeconds(10),
                List.of("*"), true, Optional.of(TOKEN), PagingConfig.DEFAULTS, List.of(), Optional.empty());
        server = ApiServer.builder().host("127.0.0.1").port(0).backend(index.backend()).admin(FakeAdmin.idle())
                .config(config).mapper(KnownIndex.MAPPER).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    @Test
    void theWalkReachesEveryArgumentAndNestedInputField() {
        List<String> coordinates = SchemaSites.of(SchemaSites.servedSchema()).stream().map(Site::coordinate).toList();
        for (String expected : List.of("Query.processes(filter.amount.min)", "Query.processes(filter.dates.from)",
                "Query.summary(filter.states)", "Organization.processes(orderBy.currency)",
                "RoleProfile.counterparties(orderBy.by)", "HarvestRun.issues(severity)", "Summary.byYear(date)",
                "Process.validationIssues(first)", "Source.runs(after)", "Mutation.setSourceStatus(status)")) {
            assertTrue(coordinates.contains(expected), expected + " in " + coordinates);
        }
    }

    @Test
    void hostileLiteralsAreClientErrorsEverywhere() {
        List<Probe> probes = new ArrayList<>();
        for (Site site : SchemaSites.of(SchemaSites.servedSchema())) {
            for (Hostile value : HostileValues.all()) {
                value.literal().ifPresent(literal -> probes.add(new Probe(site.coordinate() + " = " + value.name(),
                        site.query(literal, ""), Map.of())));
            }
        }
        assertAllClientErrors(probes);
    }

    @Test
    void hostileVariablesAreClientErrorsEverywhere() {
        List<Probe> probes = new ArrayList<>();
        for (Site site : SchemaSites.of(SchemaSites.servedSchema())) {
            for (Hostile value : HostileValues.all()) {
                if (value.asVariable()) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("v", value.json());
                    probes.add(new Probe(site.coordinate() + " = $v " + value.name(),
                            site.query("$v", "($v: " + site.typeReference() + ")"), variables));
                }
            }
        }
        assertAllClientErrors(probes);
    }

    @Test
    void hostileDefaultsOfVariablesOfEveryInputTypeAreClientErrors() {
        GraphQLSchema schema = SchemaSites.servedSchema();
        List<Probe> probes = new ArrayList<>();
        for (GraphQLNamedType type : SchemaSites.inputTypes(schema)) {
            for (Hostile value : HostileValues.all()) {
                value.literal().ifPresent(literal -> probes.add(new Probe(type.getName() + " default = " + value.name(),
                        "query($v: " + type.getName() + " = " + literal + ") { __typename }", Map.of())));
                Map<String, Object> variables = new HashMap<>();
                variables.put("v", value.json());
                probes.add(new Probe(type.getName() + " variable = " + value.name(),
                        "query($v: " + type.getName() + ") { __typename }", variables));
            }
        }
        assertAllClientErrors(probes);
    }

    @Test
    void theServerStillAnswersAfterward() {
        ApiClient api = new ApiClient(server.uri());
        assertEquals(8, api.data("{ processes { totalCount } }").at("/processes/totalCount").asInt());
    }

    private static void assertAllClientErrors(List<Probe> probes) {
        Map<String, List<String>> failures = new TreeMap<>();
        try (LogCapture log = LogCapture.of("org.ocdsnacional"); ExecutorService clients =
                Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<List<String>>> answers = new ArrayList<>();
            probes.forEach(probe -> answers.add(clients.submit(() -> ask(probe))));
            for (int i = 0; i < probes.size(); i++) {
                String name = probes.get(i).name();
                String site = name.substring(0, name.indexOf(" = ") < 0 ? name.length() : name.indexOf(" = "));
                answers.get(i).get().forEach(problem -> failures.computeIfAbsent(site + " " + kind(problem),
                        key -> new ArrayList<>()).add(name + ": " + problem));
            }
            if (!log.lines().isEmpty()) {
                failures.put("logged", log.lines().stream().limit(5).toList());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder(failures.size() + " kinds of failure in " + probes.size()
                    + " probes:\n");
            failures.forEach((kind, examples) -> report.append("- ").append(examples.size()).append(" × ")
                    .append(examples.getFirst()).append('\n'));
            fail(report.toString());
        }
    }

    /** What kind of problem, without the values that vary from one probe to the next. */
    private static String kind(String problem) {
        return problem.substring(0, Math.min(problem.length(), 20));
    }

    private static List<String> ask(Probe probe) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", probe.query());
        body.put("variables", probe.variables());
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return ClientErrors.problems(response.statusCode(), response.body());
    }

    /** One request: what it sends where, a query and its variables. */
    private record Probe(String name, String query, Map<String, Object> variables) {
    }
}
