package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.ScriptedServer;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The protocols that walk an API (links-next, pdn-s6, offset-window, ckan, linked-records) against a local server
 * that answers as each publisher does.
 */
class PagedProtocolsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workDir;

    private ScriptedServer server;
    private List<RecordedRequest> requests;
    private final RecordingSink sink = new RecordingSink();
    private Function<RecordedRequest, MockResponse> answers = request -> json("{}");

    @BeforeEach
    void start() throws IOException {
        server = ScriptedServer.start(request -> answers.apply(request));
        requests = server.requests();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void linksNextFollowsPagesUntilTheLastAndStopsOnALoop() throws IOException {
        answers = request -> switch (request.getUrl().encodedPath()) {
            case "/p1" -> json(page(1, "/p2"));
            case "/p2" -> json(page(2, "p3"));
            case "/p3" -> json(page(3, null));
            default -> json(page(4, "/p4"));
        };
        HarvestRun run = harvest(LinksNextAdapter.PROTOCOL, Map.of("url", List.of(url("/p1"))));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(3, run.counts().releases());
        HarvestRun loop = harvest(LinksNextAdapter.PROTOCOL, Map.of("url", List.of(url("/p4"))));
        assertEquals(RunState.PARTIAL, loop.state());
        assertTrue(loop.error().orElseThrow().reason().contains("links.next leads back to"), loop::toString);
    }

    @Test
    void pdnPostsPagesUntilTheTotal() throws IOException {
        answers = request -> {
            int page = parse(request.getBody().utf8()).path("page").asInt();
            return json(pdnPage(page, 2, 5));
        };
        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/s6/api/v1")),
                "supplier_id", List.of("SESEA_AGS"), "pageSize", List.of("2")));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(5, run.counts().releases());
        assertEquals(3, requests.size());
        RecordedRequest first = requests.getFirst();
        assertEquals("POST", first.getMethod());
        assertEquals("/s6/api/v1/search?supplier_id=SESEA_AGS", first.getTarget());
        assertEquals("{\"page\":0,\"pageSize\":2}", first.getBody().utf8());
    }

    @Test
    void pdnInterconnectionApiSendsTheBearerFromTheEnvironment() throws IOException {
        answers = request -> json("{\"results\":[" + release("ocds-pdn001-1") + "],\"pagination\":{\"hasNextPage\":"
                + request.getBody().utf8().contains("\"page\":1,") + "}}");
        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/v1")),
                "api", List.of("records"), "auth", List.of("bearer"), "tokenEnv", List.of("PDN_TOKEN")),
                Map.of("PDN_TOKEN", "eyJhbGciOi.jwt"));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(2, requests.size());
        assertEquals("/v1/records", requests.getFirst().getTarget());
        assertEquals("Bearer eyJhbGciOi.jwt", requests.getFirst().getHeaders().get("Authorization"));
    }

    @Test
    void pdnObtainsAnOAuth2TokenWithThePasswordGrant() throws IOException {
        answers = request -> request.getUrl().encodedPath().equals("/oauth/token")
                ? json("{\"access_token\":\"abc123\",\"token_type\":\"bearer\"}")
                : json(pdnPage(0, 10, 1));
        Map<String, String> environment = Map.of("PDN_USER", "usuario", "PDN_PASSWORD", "secreto ñ",
                "PDN_CLIENT", "cliente", "PDN_SECRET", "s3cr3t");
        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/s6/api/v1")),
                "supplier_id", List.of("SHCP"), "auth", List.of("oauth2-password"),
                "tokenUrl", List.of(url("/oauth/token")), "usernameEnv", List.of("PDN_USER"),
                "passwordEnv", List.of("PDN_PASSWORD"), "clientIdEnv", List.of("PDN_CLIENT"),
                "clientSecretEnv", List.of("PDN_SECRET")), environment);
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals("grant_type=password&username=usuario&password=secreto+%C3%B1&client_id=cliente"
                + "&client_secret=s3cr3t", requests.getFirst().getBody().utf8());
        assertEquals("Bearer abc123", requests.get(1).getHeaders().get("Authorization"));
    }

    @Test
    void pdnWithoutItsEnvironmentVariableFailsSayingWhich() throws IOException {
        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/v1")),
                "api", List.of("records"), "auth", List.of("bearer"), "tokenEnv", List.of("PDN_TOKEN")), Map.of());
        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("Environment variable PDN_TOKEN is not set"),
                run::toString);
        assertEquals(0, requests.size());
    }

    @Test
    void offsetWindowHalvesWindowsUntilOffsetPlusLimitFitsTheCap() throws IOException {
        LocalDate from = LocalDate.parse("2020-01-01");
        answers = request -> {
            LocalDate min = LocalDate.parse(request.getUrl().queryParameter("start_date_min"));
            LocalDate max = LocalDate.parse(request.getUrl().queryParameter("start_date_max"));
            int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
            int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
            if (offset + limit > 6) {
                return new MockResponse.Builder().code(400).body("{\"error\":\"Search size is bigger\"}").build();
            }
            int days = (int) (max.toEpochDay() - min.toEpochDay() + 1);
            int count = 2 * days;
            ArrayNode data = MAPPER.createArrayNode();
            for (int i = offset; i < Math.min(count, offset + limit); i++) {
                LocalDate day = min.plusDays(i / 2);
                ObjectNode release = (ObjectNode) parse(release("ocds-qqw001-" + day + "-" + i % 2));
                release.put("tag", "contract");
                data.add(release);
            }
            return json("{\"count\":" + count + ",\"data\":" + data + "}");
        };
        HarvestRun run = harvest(OffsetWindowAdapter.PROTOCOL, Map.of("url", List.of(url("/v3/contracts")),
                "from", List.of(from.toString()), "until", List.of(from.plusDays(9).toString()),
                "limit", List.of("2"), "maxResults", List.of("6")));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(20, run.counts().releases(), "ten days of two releases, none twice");
        assertEquals(0, run.counts().duplicates());
        assertTrue(sink.releases().stream().allMatch(r -> r.release().json().path("tag").isArray()),
                "tag strings made lists");
    }

    @Test
    void ckanHarvestsTheResourcesInTheWantedFormatsAndDates() throws IOException {
        answers = request -> switch (request.getUrl().encodedPath()) {
            case "/api/3/action/package_show" -> json("{\"success\":true,\"result\":{\"resources\":["
                    + resource("/r/2024.json", "JSON", "2024-05-01T00:00:00")
                    + "," + resource("/r/2019.json", "JSON", "2019-05-01T00:00:00")
                    + "," + resource("/r/manual.pdf", "PDF", "2024-05-01T00:00:00") + "]}}");
            case "/r/2024.json" -> json(page(1, null));
            default -> json(page(2, null));
        };
        HarvestRun run = harvest(CkanAdapter.PROTOCOL, Map.of("baseUrl", List.of(url("")),
                "dataset", List.of("contrataciones-abiertas"), "modifiedSince", List.of("2023-01-01")));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(List.of("/api/3/action/package_show?id=contrataciones-abiertas", "/r/2024.json"),
                requests.stream().map(RecordedRequest::getTarget).toList());
        assertEquals(1, run.counts().releases());
    }

    @Test
    void linkedRecordsFetchesEachLinkedReleaseOfEachYear() throws IOException {
        answers = request -> switch (request.getTarget()) {
            case "/ListarProduccionXAnio?anio=2024" -> json("[{\"version\":\"1.1\",\"records\":[{\"ocid\":\"a\","
                    + "\"releases\":[{\"url\":\"/rel/1.json\"},{\"url\":\"" + url("/rel/2.json") + "\"}],"
                    + "\"compiledRelease\":" + release("ocds-nl0001-a") + "}]}]");
            case "/rel/1.json" -> json(page(1, null));
            case "/rel/2.json" -> json(page(2, null));
            default -> new MockResponse.Builder().code(404).build();
        };
        HarvestRun run = harvest(LinkedRecordsAdapter.PROTOCOL, Map.of(
                "url", List.of(url("/ListarProduccionXAnio?anio={year}")), "fromYear", List.of("2023"),
                "untilYear", List.of("2024")));
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(2, run.counts().releases(), "the linked releases, not the compiled one");
        assertEquals(List.of("ocds-test01-1", "ocds-test01-2"),
                sink.releases().stream().map(r -> r.release().ocid()).toList());
    }

    private HarvestRun harvest(String protocol, Map<String, List<String>> parameters) throws IOException {
        return harvest(protocol, parameters, Map.of());
    }

    private HarvestRun harvest(String protocol, Map<String, List<String>> parameters,
                               Map<String, String> environment) throws IOException {
        requests.clear();
        Source source = TestSources.source(protocol + "-test", protocol, parameters);
        Harvester harvester = Harvester.builder().validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(MAPPER, name -> Optional.ofNullable(environment.get(name)),
                        Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)))
                .sink(sink).mapper(MAPPER).build();
        return harvester.harvest(source, RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private String url(String path) {
        String base = server.url("/").toString();
        return base.substring(0, base.length() - 1) + path;
    }

    private String page(int n, String next) {
        String links = next == null ? "" : ",\"links\":{\"next\":\"" + (next.startsWith("/") ? url(next) : next)
                + "\"}";
        return "{\"version\":\"1.1\",\"releases\":[" + release("ocds-test01-" + n) + "]" + links + "}";
    }

    private static String pdnPage(int page, int size, int total) {
        StringBuilder data = new StringBuilder();
        for (int i = page * size; i < Math.min(total, (page + 1) * size); i++) {
            data.append(data.isEmpty() ? "" : ",").append(release("ocds-pdn001-" + i));
        }
        return "{\"pagination\":{\"total\":" + total + ",\"page\":" + page + ",\"pageSize\":" + size + "},\"data\":["
                + data + "]}";
    }

    private static String release(String ocid) {
        return "{\"ocid\":\"" + ocid + "\",\"id\":\"" + ocid + "-1\",\"date\":\"2024-01-01T00:00:00Z\","
                + "\"tag\":[\"tender\"]}";
    }

    private String resource(String path, String format, String modified) {
        return "{\"url\":\"" + url(path) + "\",\"format\":\"" + format + "\",\"last_modified\":\"" + modified + "\"}";
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }
}
