package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OCDS packages of a process over HTTP, against a real node holding {@link KnownProcesses} and a few processes
 * published in packages that declare extensions: what they declare, where their {@code uri} comes from, and how
 * parameters that cannot be used are answered.
 */
class OcdsPackagesIT {

    private static final String E1 = "https://example.org/ext-one/extension.json";
    private static final String E2 = "https://example.org/ext-two/extension.json";
    private static final String E3 = "https://example.org/ext-three/extension.json";
    private static final URI PUBLIC = URI.create("https://datos.example.org/ocds-nacional");

    @TempDir
    static Path home;
    private static KnownIndex index;
    private static ApiServer local;
    private static ApiServer published;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        index = KnownIndex.start(home);
        index.index(List.of(
                release("jal", "ocds-test02-X1", "r1", "2024-01-01T00:00:00Z", List.of(E1, E2)),
                release("jal", "ocds-test02-X1", "r2", "2024-02-01T00:00:00Z", List.of(E2, E3)),
                release("jal", "10", "r1", "2024-03-01T00:00:00Z", List.of()),
                release("cmx", "10", "r1", "2024-04-01T00:00:00Z", List.of(E3))));
        ApiConfig defaults = ApiConfig.DEFAULTS;
        local = server(defaults);
        published = server(new ApiConfig(defaults.limits(), defaults.budget(), defaults.timeout(),
                defaults.corsOrigins(), true, Optional.empty(), PagingConfig.DEFAULTS, List.of(), Optional.of(PUBLIC)));
        api = new ApiClient(local.uri());
    }

    @AfterAll
    static void stop() {
        local.close();
        published.close();
        index.close();
    }

    @Test
    void aPackageDeclaresTheExtensionsItsReleasesPackagesDeclaredEachOnce() {
        for (String kind : List.of("record-package", "release-package")) {
            JsonNode body = api.get("/ocds/" + kind + "?ocid=ocds-test02-X1").body();
            assertEquals(List.of(E1, E2, E3), texts(body.path("extensions")), kind + ": " + body);
        }
        JsonNode record = api.get("/ocds/record-package?ocid=ocds-test02-X1").body();
        assertEquals(2, record.at("/records/0/releases").size());
        assertTrue(api.get("/ocds/record-package?ocid=ocds-test01-P1").body().path("extensions").isMissingNode(),
                "no extension declared, none listed");
    }

    @Test
    void theUriIsBuiltFromThePublicUrlNeverFromTheHostHeader() throws IOException {
        JsonNode configured = rawGet(published, "/ocds/record-package?ocid=ocds-test02-X1&x=1", "evil.example");
        assertEquals(PUBLIC + "/ocds/record-package?ocid=ocds-test02-X1", configured.path("uri").asText());
        assertEquals(PUBLIC + "/", configured.at("/publisher/uri").asText());
        JsonNode unconfigured = rawGet(local, "/ocds/release-package?ocid=10&source=cmx", "evil.example");
        assertEquals("http://localhost:" + local.uri().getPort() + "/ocds/release-package?ocid=10&source=cmx",
                unconfigured.path("uri").asText());
        assertEquals("http://localhost:" + local.uri().getPort() + "/", unconfigured.at("/publisher/uri").asText());
    }

    @Test
    void anOcidWithoutARegisteredPrefixIsServedForTheSourceAskedAndLinkedWithIt() {
        assertEquals(List.of(E3), texts(api.get("/ocds/record-package?ocid=10&source=cmx").body()
                .path("extensions")));
        assertEquals("2024-03-01T00:00:00Z", api.get("/ocds/release-package?ocid=10&source=jal").body()
                .at("/releases/0/date").asText());
        JsonNode link = api.data("{ process(ocid: \"10\", source: \"cmx\") { recordPackageUrl } }");
        String path = link.at("/process/recordPackageUrl").asText();
        assertEquals("/ocds/record-package?ocid=10&source=cmx", path);
        assertEquals(List.of(E3), texts(api.get(path).body().path("extensions")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/ocds/record-package|400|BAD_REQUEST|«ocid»",
            "/ocds/record-package?ocid=|400|BAD_REQUEST|«ocid»",
            "/ocds/release-package?ocid=%20|400|BAD_REQUEST|«ocid»",
            "/ocds/record-package?ocid=ocds-test02-X1&ocid=ocds-test01-P1|400|BAD_REQUEST|2 veces",
            "/ocds/record-package?ocid=10&source=jal&source=cmx|400|BAD_REQUEST|2 veces",
            "/ocds/record-package?ocid=10&source=nope|400|BAD_REQUEST|use one of cmx, fed, gdl, jal",
            "/ocds/record-package?ocid=ocds-nope00-1|404|NOT_FOUND|ocds-nope00-1",
            "/ocds/release-package?ocid=10&source=fed|404|NOT_FOUND|«10»",
    })
    void parametersThatCannotBeUsedAreClientErrorsInJson(String path, int status, String code, String says) {
        ApiClient.Answer answer = api.get(path);
        assertEquals(status, answer.status(), answer.body().toString());
        JsonNode error = answer.body().path("errors").path(0);
        assertEquals(code, error.at("/extensions/code").asText(), answer.body().toString());
        assertEquals(List.of(), ClientErrors.problems(error));
        assertTrue(error.path("message").asText().contains(says), error.toString());
    }

    @Test
    void anOcidLongerThanAnyOcidIsRefusedBeforeTheIndexIsAsked() {
        String ocid = "ocds-test01-" + "x".repeat(1_000);
        try (LogCapture log = LogCapture.of("org.ocdsnacional")) {
            ApiClient.Answer answer = api.get("/ocds/record-package?ocid=" + ocid + "&source=jal");
            assertEquals(400, answer.status(), answer.body().toString());
            assertEquals(List.of(), ClientErrors.problems(answer.body().path("errors").path(0)));
            JsonNode graphQl = api.post("query($o: String!) { process(ocid: $o, source: \"jal\") { key } }",
                    java.util.Map.of("o", ocid));
            assertEquals("BAD_USER_INPUT", graphQl.at("/errors/0/extensions/code").asText(), graphQl.toString());
            assertEquals(List.of(), log.lines(), "refused before OpenSearch was asked");
        }
    }

    /** A GET written by hand, to send a Host header of our choosing (HttpClient will not). */
    private static JsonNode rawGet(ApiServer server, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String status = line(in);
            assertTrue(status.startsWith("HTTP/1.1 200"), status);
            int length = -1;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(header.indexOf(':') + 1).strip());
                }
            }
            assertTrue(length > 0, "a body with its length");
            return KnownIndex.MAPPER.readTree(in.readNBytes(length));
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static ApiServer server(ApiConfig config) {
        return ApiServer.builder().host("127.0.0.1").port(0).backend(index.backend()).admin(FakeAdmin.idle())
                .config(config).mapper(KnownIndex.MAPPER).start();
    }

    private static HarvestedRelease release(String source, String ocid, String id, String date,
                                            List<String> extensions) {
        ObjectNode json = KnownIndex.MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", id).put("date", date).putArray("tag").add("tender");
        json.putObject("tender").put("id", "t").put("title", "Proceso " + ocid);
        PackageMetadata pkg = new PackageMetadata(Optional.of("1.1"), extensions, Optional.empty(), Optional.empty(),
                Optional.empty());
        return new HarvestedRelease(source, "run-1", new Release(json), pkg, ContentHash.of(json), List.of(),
                "https://example.org/" + source + ".json");
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
