package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.ScriptedServer;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.ValidationIssue;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages of the protocols that walk an API, served as Mexican state platforms serve them: in Latin-1
 * (Windows-1252), or gzip-compressed without a {@code Content-Encoding} header, or both. Each is read as the same
 * bytes in a file would be: in full, accents right, with a warning in the run's report for each body in Latin-1;
 * a malformed page fails the run at its byte.
 */
class PageEncodingsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String BUYER = "Secretaría de Administración – “Papelería” 2024";

    /** How a publisher puts a JSON text on the wire. */
    enum Wire {
        LATIN1(true, false), GZIP(false, true), GZIP_LATIN1(true, true);

        final boolean latin1;
        final boolean gzip;

        Wire(boolean latin1, boolean gzip) {
            this.latin1 = latin1;
            this.gzip = gzip;
        }

        byte[] bytes(String json) {
            byte[] text = json.getBytes(latin1 ? WINDOWS_1252 : StandardCharsets.UTF_8);
            return gzip ? gzip(text) : text;
        }
    }

    @TempDir
    Path workDir;

    private ScriptedServer server;
    private List<RecordedRequest> requests;
    private final RecordingSink sink = new RecordingSink();
    private Function<RecordedRequest, MockResponse> answers = request -> new MockResponse.Builder().code(404).build();

    @BeforeEach
    void start() throws IOException {
        server = ScriptedServer.start(request -> answers.apply(request));
        requests = server.requests();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void pdnPagesAreReadInFull(Wire wire) throws IOException {
        answers = request -> answer(wire, pdnPage(page(request), 2, 5));

        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/s6/api/v1")),
                "supplier_id", List.of("SESEA_AGS"), "pageSize", List.of("2")));

        String search = url("/s6/api/v1/search?supplier_id=SESEA_AGS");
        assertReadInFull(run, 5, wire, Collections.nCopies(3, search));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void offsetWindowCountsAndPagesAreReadInFull(Wire wire) throws IOException {
        answers = request -> {
            int offset = Integer.parseInt(request.getUrl().queryParameter("offset"));
            int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
            return answer(wire, "{\"count\":3,\"data\":[" + releases("ocds-qqw001-", offset,
                    Math.min(3, offset + limit)) + "]}");
        };

        HarvestRun run = harvest(OffsetWindowAdapter.PROTOCOL, Map.of("url", List.of(url("/v3/contracts")),
                "from", List.of("2020-01-01"), "until", List.of("2020-01-31"), "limit", List.of("2")));

        assertReadInFull(run, 3, wire, requests.stream().map(request -> request.getUrl().toString()).toList());
        assertEquals(3, requests.size(), "the count, then two pages");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void linksNextIsFollowedThroughEveryPage(Wire wire) throws IOException {
        answers = request -> switch (request.getUrl().encodedPath()) {
            case "/p1" -> answer(wire, linkedPage(1, "/p2"));
            case "/p2" -> answer(wire, linkedPage(2, "/p3"));
            default -> answer(wire, linkedPage(3, null));
        };

        HarvestRun run = harvest(LinksNextAdapter.PROTOCOL, Map.of("url", List.of(url("/p1"))));

        assertReadInFull(run, 3, wire, List.of(url("/p1"), url("/p2"), url("/p3")));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void inaiEdcaYearsDataAndNoDataMessagesAreRead(Wire wire) throws IOException {
        answers = request -> switch (request.getUrl().encodedPath()) {
            case "/edca/fiscalYears" -> answer(wire, "{\"fiscalYears\":[{\"year\":2023,\"description\":\"Año "
                    + "fiscal 2023\"},{\"year\":2024,\"description\":\"Año fiscal 2024\"}]}");
            case "/edca/contractingprocess/2023" -> answer(wire, "{\"arrayReleasePackage\":[{\"version\":\"1.1\","
                    + "\"releases\":[" + releases("ocds-g4facg-", 0, 2) + "]}]}");
            case "/edca/contractingprocess/2024" -> answer(wire, "{\"message\":\"No se ha encontrado información "
                    + "del año\"}");
            default -> new MockResponse.Builder().code(404).build();
        };

        HarvestRun run = harvest(InaiEdcaAdapter.PROTOCOL, Map.of("baseUrl", List.of(url(""))));

        assertReadInFull(run, 2, wire, List.of(url("/edca/fiscalYears"), url("/edca/contractingprocess/2023"),
                url("/edca/contractingprocess/2024")));
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void ckanDatasetAndResourcesAreRead(Wire wire) throws IOException {
        answers = request -> switch (request.getUrl().encodedPath()) {
            case "/api/3/action/package_show" -> answer(wire, "{\"success\":true,\"result\":{\"title\":"
                    + "\"Contrataciones de la Secretaría\",\"resources\":[{\"url\":\"" + url("/r/2024.json")
                    + "\",\"format\":\"JSON\"}]}}");
            case "/r/2024.json" -> answer(wire, "{\"version\":\"1.1\",\"releases\":[" + releases("ocds-7wj9x5-", 0, 2)
                    + "]}");
            default -> new MockResponse.Builder().code(404).build();
        };

        HarvestRun run = harvest(CkanAdapter.PROTOCOL, Map.of("baseUrl", List.of(url("")),
                "dataset", List.of("contrataciones-abiertas")));

        assertReadInFull(run, 2, wire, List.of(url("/api/3/action/package_show?id=contrataciones-abiertas"),
                url("/r/2024.json")));
    }

    @Test
    void aMalformedPdnPageFailsAtItsByteAfterTheAccentsBeforeIt() throws IOException {
        String broken = pdnPage(1, 2, 5).replace("],\"pagination\"", "] \"pagination\"");
        answers = request -> {
            int page = page(request);
            return answer(Wire.GZIP, page == 1 ? broken : pdnPage(page, 2, 5));
        };

        HarvestRun run = harvest(PdnS6Adapter.PROTOCOL, Map.of("baseUrl", List.of(url("/s6/api/v1")),
                "supplier_id", List.of("SESEA_AGS"), "pageSize", List.of("2")));

        assertEquals(RunState.PARTIAL, run.state(), run::toString);
        assertEquals(2, run.counts().releases(), "the first page; the walk ends at the broken one");
        assertEquals(2, requests.size());
        long at = broken.substring(0, broken.indexOf(" \"pagination\"") + 1).getBytes(StandardCharsets.UTF_8).length;
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.startsWith("La respuesta no es JSON válido / The response is not valid JSON: "), reason);
        assertTrue(reason.endsWith(" (byte " + at + ")"), reason + " expected byte " + at);
        assertEquals(Optional.of(200), run.error().orElseThrow().status());
    }

    @Test
    void aMalformedLatin1PageOfAnOffsetWindowFailsAtItsByte() throws IOException {
        String broken = "{\"count\":2,\"data\":[" + releases("ocds-qqw001-", 0, 2) + "}";
        answers = request -> answer(Wire.LATIN1, request.getUrl().queryParameter("limit").equals("1")
                ? "{\"count\":2,\"data\":[]}" : broken);

        HarvestRun run = harvest(OffsetWindowAdapter.PROTOCOL, Map.of("url", List.of(url("/v3/contracts")),
                "from", List.of("2020-01-01"), "until", List.of("2020-01-31")));

        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertEquals(0, run.counts().releases(), "nothing of a page that is not JSON is read");
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.startsWith("La respuesta no es JSON válido / The response is not valid JSON: "), reason);
        assertTrue(reason.endsWith(" (byte " + broken.lastIndexOf('}') + ")"), reason);
    }

    private void assertReadInFull(HarvestRun run, int releases, Wire wire, List<String> bodies) {
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(Optional.empty(), run.error());
        assertEquals(releases, run.counts().releases());
        assertEquals(releases, sink.releases().size());
        sink.releases().forEach(harvested -> {
            assertEquals(BUYER, harvested.release().json().at("/buyer/name").asText());
            assertEquals("Adquisición de papelería", harvested.release().json().at("/tender/title").asText());
        });
        ValidationReport report = sink.validated.getLast();
        List<ValidationIssue> warnings = report.issues().stream()
                .filter(issue -> issue.type().equals("read.workaround")).toList();
        assertEquals(wire.latin1 ? bodies : List.of(), warnings.stream().map(w -> w.details().get("origin")).toList(),
                "one warning for each body in Latin-1, however often it is looked into: " + report.groups());
        assertEquals(warnings.size(), report.warnings());
        warnings.forEach(warning -> assertTrue(warning.message().en().contains("read as Latin-1"),
                warning.message().en()));
    }

    private HarvestRun harvest(String protocol, Map<String, List<String>> parameters) throws IOException {
        requests.clear();
        Source source = TestSources.source(protocol + "-test", protocol, parameters);
        Harvester harvester = Harvester.builder().validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(MAPPER, name -> Optional.empty(),
                        Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)))
                .sink(sink).mapper(MAPPER).build();
        return harvester.harvest(source, RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private String url(String path) {
        String base = server.url("/").toString();
        return base.substring(0, base.length() - 1) + path;
    }

    private String linkedPage(int n, String next) {
        String links = next == null ? "" : ",\"links\":{\"next\":\"" + url(next) + "\"}";
        return "{\"version\":\"1.1\",\"publisher\":{\"name\":\"Secretaría de la Contraloría\"},\"releases\":["
                + releases("ocds-test01-" + n + "-", 0, 1) + "]" + links + "}";
    }

    /** A page of PDN System 6: the releases first, then the paging, as the 2025 API answers. */
    private static String pdnPage(int page, int size, int total) {
        return "{\"data\":[" + releases("ocds-pdn001-", page * size, Math.min(total, (page + 1) * size))
                + "],\"pagination\":{\"total\":" + total + ",\"page\":" + page + ",\"pageSize\":" + size + "}}";
    }

    private static String releases(String prefix, int from, int to) {
        StringBuilder releases = new StringBuilder();
        for (int i = from; i < to; i++) {
            releases.append(releases.isEmpty() ? "" : ",").append("{\"ocid\":\"").append(prefix).append(i)
                    .append("\",\"id\":\"").append(prefix).append(i).append("-1\",\"date\":\"2024-01-01T00:00:00Z\","
                            + "\"tag\":[\"tender\"],\"buyer\":{\"name\":\"").append(BUYER).append("\"},\"tender\":"
                            + "{\"title\":\"Adquisición de papelería\"}}");
        }
        return releases.toString();
    }

    /** The page a PDN request asks for. */
    private static int page(RecordedRequest request) {
        try {
            return MAPPER.readTree(request.getBody().utf8()).path("page").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as the publisher sends it: no {@code Content-Encoding}, whatever the bytes are. */
    private static MockResponse answer(Wire wire, String json) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(new Buffer().write(wire.bytes(json))).build();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
