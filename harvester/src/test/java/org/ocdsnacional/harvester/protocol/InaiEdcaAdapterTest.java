package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.registry.HttpOptions;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.SharedFixtures;
import org.ocdsnacional.harvester.testing.TestHarvesters;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.harvester.run.ProgressListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The INAI tool over real HTTP: a local server answers fiscalYears and each year with real Jalisco release
 * packages wrapped as the tool wraps them, a 404 year, and a year whose 200 body says "No se ha encontrado".
 */
class InaiEdcaAdapterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FISCAL_YEARS = """
            {"fiscalYears":[{"id":1,"year":2017,"status":"active"},{"id":2,"year":"2018"},
            {"id":3,"year":2019},{"id":4,"year":2020},{"id":5,"year":2017}]}""";
    private static final String NOT_FOUND_MESSAGE = "{\"message\":\"No se ha encontrado el release\"}";

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final RecordingSink sink = new RecordingSink();
    private long bodyBytes;

    @BeforeEach
    void start() throws IOException {
        List<ObjectNode> packages = SharedFixtures.jaliscoPackages();
        ((ObjectNode) packages.get(1).withArray("releases").get(0)).remove("date");
        String year2017 = wrap(packages.subList(0, 6));
        String year2018 = wrap(packages.subList(6, 10));
        publisher = LocalPublisher.start()
                .json("/edca/fiscalYears", FISCAL_YEARS)
                .json("/edca/contractingprocess/2017", year2017)
                .json("/edca/contractingprocess/2018", year2018)
                .json("/edca/contractingprocess/2020", NOT_FOUND_MESSAGE);
        bodyBytes = utf8Length(FISCAL_YEARS) + utf8Length(year2017) + utf8Length(year2018)
                + utf8Length(NOT_FOUND_MESSAGE);
    }

    @AfterEach
    void stop() {
        if (publisher != null) { // null when the shared fixtures are absent and the test was skipped
            publisher.close();
        }
    }

    @Test
    void harvestsEveryYearTheToolLists() throws IOException {
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl())), TestSources.FAST));

        assertEquals(RunState.SUCCEEDED, run.state(), () -> run.error().toString());
        assertEquals(new RunCounts(5, 0, bodyBytes, 10, 10, 0, 0, 0, 0, 1, 1, 3, 0,
                new HttpOutcomes(4, 0, 0, 0, 1, 0, 0, 0)), run.counts());
        assertEquals(List.of("/edca/fiscalYears", "/edca/contractingprocess/2017", "/edca/contractingprocess/2018",
                "/edca/contractingprocess/2019", "/edca/contractingprocess/2020"), publisher.requestedPaths());
        assertEquals(Optional.empty(), run.error());
    }

    @Test
    void handsEveryReleaseToTheSinkHashedAndValidated() throws IOException {
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl())), TestSources.FAST));

        List<HarvestedRelease> releases = sink.releases();
        assertEquals(10, releases.size());
        assertEquals(List.of(run), sink.finished);
        assertEquals(run.runId(), sink.started.getFirst().runId());
        HarvestedRelease first = releases.getFirst();
        assertEquals("edca-test", first.sourceId());
        assertEquals(run.runId(), first.runId());
        assertEquals(64, first.contentHash().length());
        assertEquals(Optional.of("1.1"), first.packageInfo().version());
        assertEquals(1, releases.stream().filter(release -> !release.issues().isEmpty()).count());
    }

    @Test
    void neverCallsRoutesOutsideTheReadOnlyWhitelist() throws IOException {
        harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl() + "/")), TestSources.FAST));
        assertTrue(publisher.requestedPaths().stream().allMatch(path -> path.startsWith("/edca/")
                && !path.contains("generate")), publisher.requestedPaths()::toString);
    }

    @Test
    void yearsInTheRegistryReplaceDiscovery() throws IOException {
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl()), "years", List.of("2018")),
                TestSources.FAST));
        assertEquals(List.of("/edca/contractingprocess/2018"), publisher.requestedPaths());
        assertEquals(4, run.counts().releases());
    }

    @Test
    void sendsABrowserUserAgentWhenAsked() throws IOException {
        HttpOptions browser = TestSources.FAST.toBuilder().userAgent(HttpOptions.BROWSER_USER_AGENT).build();
        harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl()), "years", List.of("2018")), browser));
        assertEquals(HttpOptions.BROWSER_USER_AGENT, publisher.requests().getFirst().getHeaders().get("User-Agent"));
    }

    @Test
    void aYearThatFailsLeavesTheOthersAndEndsPartial() throws IOException {
        publisher.respond("/edca/contractingprocess/2018", 500, "text/html", "<html>Error</html>");
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl())), TestSources.FAST));

        assertEquals(RunState.PARTIAL, run.state());
        assertEquals(6, run.counts().releases());
        assertEquals(1, run.counts().failedRequests());
        assertEquals(publisher.url("/edca/contractingprocess/2018").toString(), run.error().orElseThrow().url());
        assertEquals(Optional.of(500), run.error().orElseThrow().status());
    }

    @Test
    void aListOfYearsThatIsNotJsonFailsTheRun() throws IOException {
        publisher.respond("/edca/fiscalYears", 200, "text/html", "<html>Mantenimiento</html>");
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl())), TestSources.FAST));

        assertEquals(RunState.FAILED, run.state());
        assertEquals(publisher.url("/edca/fiscalYears").toString(), run.error().orElseThrow().url());
        assertTrue(run.error().orElseThrow().reason().startsWith("La respuesta no es JSON válido / The response is "
                + "not valid JSON: "), run.error().toString());
        assertTrue(run.error().orElseThrow().reason().endsWith("(byte 0)"), run.error().toString());
        assertEquals(List.of("/edca/fiscalYears"), publisher.requestedPaths());
    }

    @Test
    void recordPackagesAddTheHistoryFromLinkedReleasesRebasedAndNormalised() throws IOException {
        String v3Release = """
                {"ocid":"ocds-g4facg-77","id":"ocds-g4facg-77.v1.tender","date":"2021-03-01T00:00:00Z",
                 "tag":["tender"],"tender":{"id":"t","items":[{"id":"1","unit":{"unit_name":"Pieza"}}]}}""";
        publisher.json("/edca/recordPackages/2018", """
                {"recordPackages":[{"records":[{"ocid":"ocds-g4facg-77","compiledRelease":{"ocid":"ocds-g4facg-77"},
                 "releases":[{"url":"http://10.0.0.9:3000/release/1.1/ocds-g4facg-77.v1.tender.json"},
                             {"url":"http://10.0.0.9:3000/release/1.1/gone.json"},
                             {"url":"http://10.0.0.9:3000/generate/releases"}]}]}]}""")
                .json("/release/1.1/ocds-g4facg-77.v1.tender.json", v3Release)
                .json("/release/1.1/gone.json", NOT_FOUND_MESSAGE);
        HarvestRun run = harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl()), "years", List.of("2018"),
                "recordPackages", List.of("true")), TestSources.FAST));

        assertEquals(List.of("/edca/contractingprocess/2018", "/edca/recordPackages/2018",
                "/release/1.1/ocds-g4facg-77.v1.tender.json", "/release/1.1/gone.json"), publisher.requestedPaths());
        assertEquals(RunState.PARTIAL, run.state(), "a linked release that is gone, and a link outside the routes");
        assertEquals(5, run.counts().releases());
        HarvestedRelease history = sink.releases().getLast();
        assertEquals("Pieza", history.release().json().at("/tender/items/0/unit/name").asText());
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        harvest(edca(Map.of("baseUrl", List.of(publisher.baseUrl())), TestSources.FAST));
        try (var left = Files.list(workDir)) {
            assertEquals(0, left.count());
        }
    }

    private HarvestRun harvest(Source source) throws IOException {
        return TestHarvesters.create(sink, workDir, 4).harvest(source, RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private static Source edca(Map<String, List<String>> parameters, HttpOptions http) {
        return TestSources.source("edca-test", InaiEdcaAdapter.PROTOCOL, parameters, http);
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String wrap(List<ObjectNode> packages) {
        ObjectNode wrapper = MAPPER.createObjectNode();
        wrapper.putArray("arrayReleasePackage").addAll(packages);
        return wrapper.toString();
    }
}
