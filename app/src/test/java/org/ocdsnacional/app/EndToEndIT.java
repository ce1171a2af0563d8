package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.harvester.run.ProgressListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system as a user meets it: a local server plays two real publishers (an INAI-tool instance serving
 * Jalisco's real release packages, and a plain release-package URL serving Mexico City's real releases) and a
 * third that is unreachable; the application serves with an embedded OpenSearch node, harvests every source, and
 * the GraphQL API is asked over HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CLEANING_TITLE = "Contratación de servicios de limpieza";
    private static final String PROCESS_FIELDS = "key ocid title sources states releaseCount "
            + "buyer { name } awarded { amount currency }";

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static Application app;
    private static GraphQlClient api;
    private static Set<String> jaliscoOcids;
    private static Set<String> cdmxOcids;
    private static int cdmxUpperCasePrefixes;

    @BeforeAll
    static void harvestEverything() throws IOException {
        Path shared = SharedFixtures.root();
        publisher = new LocalPublisher();
        jaliscoOcids = serveInaiTool(shared.resolve("fixtures/real/mexico-jalisco/sample/releases"));
        cdmxOcids = serveReleasePackage(shared.resolve("fixtures/real/mexico-cdmx/sample/releases"));
        Path registry = writeRegistry(closedPort());
        app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "server.port", "0",
                "schemas.mirror", shared.resolve("ocds-mirror").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false"))).serve();
        api = new GraphQlClient(app.apiUri().orElseThrow());
        for (String source : List.of("inai-test", "cdmx-test", "dead-test")) {
            app.harvest(source, RunTrigger.MANUAL, ProgressListener.NONE);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    @Order(1)
    void everyPublishedProcessIsFound() {
        Set<String> expected = new TreeSet<>(jaliscoOcids);
        expected.addAll(cdmxOcids);
        JsonNode page = processes(null, Map.of(), 100, null);
        assertEquals(expected.size(), page.path("totalCount").asInt());
        Set<String> found = new TreeSet<>();
        page.path("edges").forEach(edge -> found.add(edge.path("node").path("ocid").asText()));
        assertEquals(expected, found);
        assertEquals(0, publisher.hits("/inai/generate/releases"), "never call the tool's /generate routes");
    }

    @Test
    @Order(2)
    void textSearchIgnoresAccentsAndCase() {
        JsonNode cleaning = processes("contratacion", Map.of(), 10, null);
        assertEquals(1, cleaning.path("totalCount").asInt());
        assertEquals(CLEANING_TITLE, cleaning.at("/edges/0/node/title").asText());
        JsonNode renewal = processes("RENOVACION licenciamiento", Map.of(), 10, null);
        assertEquals(1, renewal.path("totalCount").asInt());
        assertEquals("RENOVACIÓN DEL LICENCIAMIENTO SELECT BENTLEY", renewal.at("/edges/0/node/title").asText());
    }

    @Test
    @Order(3)
    void filtersNarrowTheResults() {
        assertEquals(jaliscoOcids.size(), total(Map.of("sources", List.of("inai-test"))));
        assertEquals(cdmxOcids.size(), total(Map.of("states", List.of("MX_CMX"))));
        assertEquals(jaliscoOcids.size(), total(Map.of("buyerName", "secretaria de planeacion")),
                "Jalisco publishes «SECRETARíA DE PLANEACIóN»");
        assertEquals(0, total(Map.of("buyerName", "secretaria de planeacion", "states", List.of("MX_CMX"))));
        assertEquals(1, total(Map.of("amount", Map.of("currency", "MXN", "min", "9000000"))),
                "only Jalisco's FORMAS IMPRESAS was awarded more than 9 million pesos");
        assertEquals(1, total(Map.of("amount", Map.of("currency", "USD", "min", "1"))),
                "the Bentley licences were awarded in dollars");
        assertEquals(jaliscoOcids.size(), total(Map.of("date", Map.of("field", "RELEASE", "from", "2018-01-01",
                "to", "2018-12-31"))));
    }

    @Test
    @Order(4)
    void cursorsContinueWithoutOverlap() {
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = processes(null, Map.of(), 4, after);
            page.path("edges").forEach(edge -> assertTrue(seen.add(edge.path("node").path("key").asText()),
                    "a process appeared on two pages"));
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asText() : null;
            pages++;
        } while (after != null);
        assertEquals(jaliscoOcids.size() + cdmxOcids.size(), seen.size());
        assertEquals((seen.size() + 3) / 4, pages);
    }

    @Test
    @Order(5)
    void summaryCountsAndSumsPerStateAndCurrency() {
        JsonNode summary = api.data("{ summary { processCount awarded { amount currency } "
                + "byState { key processCount awarded { amount currency } } } }", Map.of()).path("summary");
        assertEquals(jaliscoOcids.size() + cdmxOcids.size(), summary.path("processCount").asInt());
        JsonNode jalisco = stream(summary.path("byState")).filter(s -> s.path("key").asText().equals("MX-JAL"))
                .findFirst().orElseThrow();
        assertEquals(jaliscoOcids.size(), jalisco.path("processCount").asInt());
        assertEquals("9575568.00", amount(jalisco.path("awarded"), "MXN"),
                "FORMAS IMPRESAS 9,396,000 + PAQUETES Y PROGRAMAS 179,568; EQUIPO DE OFICINA has no award yet");
        assertEquals("75464.96", amount(summary.path("awarded"), "USD"));
    }

    @Test
    @Order(6)
    void publishersSeeTheirIssuesGroupedWithCountsExamplesAndTheSummary() {
        JsonNode run = lastRun("cdmx-test", "counts { releases } validation { errors warnings issueCount groupCount "
                + "previousRunId profiles { version schemaUrl } summary { releases ocids tenders currencies } } "
                + "issues(first: 60) { totalCount edges { node { severity type pathPattern count previousCount "
                + "messageEs examples { ocid path } } } }");
        JsonNode validation = run.path("validation");
        assertEquals(0, validation.path("errors").asInt(), "Mexico City's data has warnings, not errors");
        assertEquals("1.1", validation.at("/profiles/0/version").asText());
        assertEquals(run.at("/counts/releases").asInt(), validation.at("/summary/releases").asInt());
        assertEquals(cdmxOcids.size(), validation.at("/summary/ocids").asInt());
        assertTrue(validation.path("previousRunId").isNull(), "the first run has nothing to compare with");
        JsonNode groups = run.at("/issues/edges");
        assertEquals(validation.path("groupCount").asInt(), run.at("/issues/totalCount").asInt());
        JsonNode prefix = group(groups, "ocid.prefix", "/ocid");
        assertEquals(cdmxUpperCasePrefixes, prefix.path("count").asInt(), "CDMX publishes OCDS-87SD3T-… in capitals");
        assertTrue(prefix.at("/examples/0/ocid").asText().startsWith("OCDS-87SD3T-"), prefix.toString());
        assertEquals("/ocid", prefix.at("/examples/0/path").asText());
        assertTrue(prefix.path("previousCount").isNull());
        assertTrue(prefix.path("messageEs").asText().contains("prefijo de ocid registrado"), prefix.toString());
        long sum = stream(groups).mapToLong(edge -> edge.at("/node/count").asLong()).sum();
        assertEquals(validation.path("issueCount").asLong(), sum, "every issue is in one group");
    }

    @Test
    @Order(7)
    void issueGroupsPageWithoutOverlap() {
        JsonNode first = lastRun("cdmx-test", "issues(first: 3) { edges { node { type pathPattern } } "
                + "pageInfo { hasNextPage endCursor } }").path("issues");
        assertTrue(first.at("/pageInfo/hasNextPage").asBoolean());
        String after = first.at("/pageInfo/endCursor").asText();
        JsonNode second = lastRun("cdmx-test", "issues(first: 3, after: \"" + after + "\") { edges { node { type "
                + "pathPattern } } }").path("issues");
        Set<String> seen = new HashSet<>();
        stream(first.path("edges")).forEach(edge -> seen.add(edge.path("node").toString()));
        stream(second.path("edges")).forEach(edge -> assertTrue(seen.add(edge.path("node").toString()), "overlap"));
        assertEquals(6, seen.size());
    }

    @Test
    @Order(8)
    void sourcesShowEachLastRunAndTheUnreachableOneSaysWhy() {
        JsonNode sources = api.data("{ sources { id status lastRun { state counts { releases requests } "
                + "error { url status reason } } } }", Map.of()).path("sources");
        Map<String, JsonNode> byId = new HashMap<>();
        sources.forEach(source -> byId.put(source.path("id").asText(), source.path("lastRun")));
        assertEquals("SUCCEEDED", byId.get("inai-test").path("state").asText());
        assertEquals("SUCCEEDED", byId.get("cdmx-test").path("state").asText());
        assertTrue(byId.get("cdmx-test").at("/counts/releases").asInt() > cdmxOcids.size());
        JsonNode dead = byId.get("dead-test");
        assertEquals("FAILED", dead.path("state").asText());
        assertTrue(dead.at("/error/url").asText().startsWith("http://127.0.0.1:"), dead.toString());
        assertTrue(dead.at("/error/reason").asText().toLowerCase().contains("conectar"), dead.toString());
    }

    @Test
    @Order(9)
    void theSchemaIsServedAsWritten() {
        String sdl = api.get("/graphql/schema.graphql");
        assertTrue(sdl.contains("processes(") && sdl.contains("type Process {"), sdl);
    }

    @Test
    @Order(10)
    void badArgumentsAreClearErrorsNotStackTraces() {
        JsonNode answer = api.post("{ processes(first: 1000) { totalCount } }", Map.of());
        String message = answer.at("/errors/0/message").asText();
        assertTrue(message.contains("between 1 and 100"), answer.toString());
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
        JsonNode badCursor = api.post("{ processes(after: \"not-a-cursor\") { totalCount } }", Map.of());
        assertEquals("BAD_USER_INPUT", badCursor.at("/errors/0/extensions/code").asText());
        assertFalse(badCursor.toString().contains("org.ocdsnacional") || badCursor.toString().contains("at java."),
                "no class names or stack frames: " + badCursor);
    }

    @Test
    @Order(11)
    void aSecondHarvestAddsNoDuplicates() {
        Map<String, Integer> before = releaseCounts();
        HarvestRun again = app.harvest("inai-test", RunTrigger.MANUAL, ProgressListener.NONE);
        assertEquals(RunState.SUCCEEDED, again.state());
        app.harvest("cdmx-test", RunTrigger.MANUAL, ProgressListener.NONE);
        assertEquals(before, releaseCounts());
    }

    @Test
    @Order(12)
    void theNextRunShowsBesideEachGroupThePreviousRunsCount() {
        JsonNode cdmx = api.data("{ source(id: \"cdmx-test\") { runs(first: 2) { edges { node { id validation { "
                + "previousRunId } issues(first: 60) { edges { node { type pathPattern count previousCount } } } } } } "
                + "} }", Map.of()).at("/source/runs/edges");
        assertEquals(cdmx.at("/1/node/id").asText(), cdmx.at("/0/node/validation/previousRunId").asText());
        JsonNode groups = cdmx.at("/0/node/issues/edges");
        assertFalse(groups.isEmpty());
        groups.forEach(edge -> assertEquals(edge.at("/node/count").asLong(), edge.at("/node/previousCount").asLong(),
                "the same data gives the same counts: " + edge));
    }

    @Test
    @Order(13)
    void aPublisherThatBreaksKeepsWhatWasIndexed() {
        Map<String, Integer> before = releaseCounts();
        publisher.respond("/cdmx/releases.json", 500, "text/html", "<html>Internal Server Error</html>");
        HarvestRun broken = app.harvest("cdmx-test", RunTrigger.MANUAL, ProgressListener.NONE);
        assertEquals(RunState.FAILED, broken.state());
        assertEquals(Optional.of(500), broken.error().orElseThrow().status());
        assertEquals(before, releaseCounts(), "a failed run removes or changes nothing");
        assertEquals(cdmxOcids.size(), total(Map.of("sources", List.of("cdmx-test"))));
    }

    @Test
    @Order(11)
    void theRegistryReloadsWithoutARestartAndRefusesAFileWithMistakes() throws IOException {
        Path file = work.resolve("registry.yaml");
        String original = Files.readString(file);
        Files.writeString(file, original + """
                  - id: new-test
                    name: Fuente añadida sin reiniciar
                    state: MX-YUC
                    level: state
                    kind: transparency-institute
                    status: retired
                    protocol: inai-edca
                    parameters:
                      baseUrl: http://127.0.0.1:9/api
                    schedule: "0 0 3 * * ?"
                """);
        RegistryReload added = app.reloadRegistry();
        assertTrue(added.applied(), added::toString);
        assertEquals(4, added.sources());
        assertTrue(api.data("{ sources { id status } }", Map.of()).toString().contains("new-test"));
        assertEquals("retired", app.registry().find("new-test").orElseThrow().status().name().toLowerCase(),
                "added as the file says, and never fetched (AdminIT: run-now refuses it)");
        Files.writeString(file, original.replace("protocol: inai-edca", "protocol: gopher"));
        RegistryReload broken = app.reloadRegistry();
        assertFalse(broken.applied());
        assertEquals(4, broken.sources(), "the registry in force stays");
        assertTrue(broken.problems().getFirst().contains("unknown protocol \"gopher\""), broken::toString);
        Files.writeString(file, original);
        assertTrue(app.reloadRegistry().applied());
    }

    /** The given fields of the last run of {@code source}, asked for over GraphQL. */
    private static JsonNode lastRun(String source, String fields) {
        return api.data("{ source(id: \"" + source + "\") { lastRun { " + fields + " } } }", Map.of())
                .at("/source/lastRun");
    }

    private static JsonNode group(JsonNode edges, String type, String pathPattern) {
        return stream(edges).map(edge -> edge.path("node"))
                .filter(node -> node.path("type").asText().equals(type)
                        && node.path("pathPattern").asText().equals(pathPattern))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + type + " " + pathPattern + " in "
                        + edges));
    }

    private static Map<String, Integer> releaseCounts() {
        Map<String, Integer> counts = new HashMap<>();
        JsonNode page = processes(null, Map.of(), 100, null);
        page.path("edges").forEach(edge -> counts.put(edge.at("/node/key").asText(),
                edge.at("/node/releaseCount").asInt()));
        assertEquals(jaliscoOcids.size() + cdmxOcids.size(), counts.size());
        return counts;
    }

    private static JsonNode processes(String text, Map<String, Object> filter, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("query", text);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.data("query($query: String, $filter: ProcessFilter, $first: Int, $after: String) { "
                + "processes(query: $query, filter: $filter, first: $first, after: $after) { totalCount "
                + "edges { cursor node { " + PROCESS_FIELDS + " } } pageInfo { hasNextPage endCursor } } }",
                variables).path("processes");
    }

    private static int total(Map<String, Object> filter) {
        return processes(null, filter, 1, null).path("totalCount").asInt();
    }

    private static String amount(JsonNode amounts, String currency) {
        return stream(amounts).filter(m -> m.path("currency").asText().equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " in " + amounts))
                .path("amount").asText();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** An INAI-tool instance: fiscal years, one year of packages, a year answered 404, one with a "not found" body. */
    private static Set<String> serveInaiTool(Path releasePackages) throws IOException {
        ArrayNode packages = MAPPER.createArrayNode();
        Set<String> ocids = new TreeSet<>();
        for (Path file : jsonFiles(releasePackages)) {
            JsonNode pkg = MAPPER.readTree(file.toFile());
            packages.add(pkg);
            pkg.path("releases").forEach(release -> ocids.add(release.path("ocid").asText()));
        }
        ObjectNode wrapper = MAPPER.createObjectNode();
        wrapper.set("arrayReleasePackage", packages);
        publisher.json("/inai/edca/fiscalYears", "{\"fiscalYears\":[{\"id\":1,\"year\":2017,\"status\":\"active\"},"
                        + "{\"id\":2,\"year\":2018,\"status\":\"active\"},{\"id\":3,\"year\":2019}]}")
                .json("/inai/edca/contractingprocess/2017", wrapper.toString())
                .respond("/inai/edca/contractingprocess/2018", 404, "application/json",
                        "{\"status\":404,\"message\":\"No se encontraron procesos\"}")
                .json("/inai/edca/contractingprocess/2019", "{\"message\":\"No se ha encontrado el release\"}");
        return ocids;
    }

    /** A plain release package: Mexico City's real releases, plus one written here with an accented title. */
    private static Set<String> serveReleasePackage(Path releases) throws IOException {
        ObjectNode pkg = MAPPER.createObjectNode();
        pkg.put("version", "1.1").put("uri", "http://example.org/cdmx.json")
                .put("publishedDate", "2026-01-01T00:00:00Z");
        pkg.putObject("publisher").put("name", "Ciudad de México (test)");
        ArrayNode list = pkg.putArray("releases");
        Set<String> ocids = new TreeSet<>();
        for (Path file : jsonFiles(releases)) {
            ObjectNode release = (ObjectNode) MAPPER.readTree(file.toFile());
            release.remove("packageInfo");
            list.add(release);
            ocids.add(release.path("ocid").asText());
            cdmxUpperCasePrefixes += release.path("ocid").asText().startsWith("OCDS-") ? 1 : 0;
        }
        ObjectNode cleaning = list.addObject();
        cleaning.put("ocid", "ocds-87sd3t-TEST-LIMPIEZA-2026").put("id", "limpieza-1")
                .put("date", "2026-02-01T00:00:00Z").put("initiationType", "tender");
        cleaning.putArray("tag").add("tender");
        cleaning.putObject("tender").put("id", "limpieza").put("title", CLEANING_TITLE);
        ocids.add(cleaning.path("ocid").asText());
        publisher.json("/cdmx/releases.json", pkg.toString());
        return ocids;
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path writeRegistry(int closedPort) throws IOException {
        String registry = """
                sources:
                  - id: inai-test
                    name: Instancia de prueba de Contrataciones Abiertas (Jalisco)
                    state: MX-JAL
                    level: state
                    kind: state-platform
                    status: active
                    protocol: inai-edca
                    parameters:
                      baseUrl: %s
                    schedule: "0 0 3 * * ?"
                    http:
                      politenessDelay: 0s
                  - id: cdmx-test
                    name: Paquete de prueba (Ciudad de México)
                    state: MX-CMX
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: %s
                    schedule: "0 0 3 * * ?"
                    http:
                      politenessDelay: 0s
                      retryDelay: 10ms
                  - id: dead-test
                    name: Instituto desaparecido (Zacatecas)
                    state: MX-ZAC
                    level: state
                    kind: transparency-institute
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:%d/contrataciones.json
                    schedule: "0 0 3 * * ?"
                    http:
                      connectTimeout: 2s
                      retryDelay: 10ms
                """.formatted(publisher.url("/inai"), publisher.url("/cdmx/releases.json"), closedPort);
        Path file = work.resolve("registry.yaml");
        Files.writeString(file, registry);
        return file;
    }
}
