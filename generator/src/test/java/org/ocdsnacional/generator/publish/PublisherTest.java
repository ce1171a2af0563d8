package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadSummary;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each protocol answers in its wire shape, and walking it as a harvester would gives every generated release. */
class PublisherTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Dataset JALISCO = Dataset.of(GeneratorSettings.of(120, 8).withInvalidShare(0)
            .withStates(List.of(MexicanState.byCode("MX-JAL").orElseThrow())));
    private static Publisher publisher;
    private static int releases;

    @BeforeAll
    static void start() throws IOException {
        List<PublishedSource> sources = new ArrayList<>();
        for (String protocol : Protocols.NAMES) {
            sources.add(new PublishedSource(protocol, "Jalisco por " + protocol, protocol, JALISCO));
        }
        publisher = Publisher.start("127.0.0.1", 0, sources, MAPPER);
        for (int index = 0; index < JALISCO.size(); index++) {
            releases += JALISCO.releases(index).size();
        }
    }

    @AfterAll
    static void stop() {
        publisher.close();
    }

    @Test
    void ocdsUrlServesOnePackagePlainGzippedAndZipped() throws Exception {
        for (String file : List.of("/releases.json", "/releases.json.gz", "/releases.zip")) {
            ReadSummary summary = read(get("ocds-url", file, "test"));
            assertEquals(releases, summary.releases(), file);
            assertEquals(0, summary.problems(), file);
        }
    }

    @Test
    void inaiEdcaListsYearsAndServesTheCurrentReleaseOfEachProcessPerYear() throws Exception {
        JsonNode years = MAPPER.readTree(get("inai-edca", "/edca/fiscalYears", "test")).path("fiscalYears");
        long served = 0;
        for (JsonNode year : years) {
            byte[] body = get("inai-edca", "/edca/contractingprocess/" + year.path("year").asInt(), "test");
            assertTrue(MAPPER.readTree(body).has("arrayReleasePackage"));
            served += read(body).releases();
        }
        assertEquals(JALISCO.size(), served, "one release per process");
        assertEquals(404, status("inai-edca", "/edca/contractingprocess/1990"));
        assertEquals(404, status("inai-edca", "/generate/releases"));
    }

    @Test
    void pdnS6PagesOverAllReleasesForItsProviderOnly() throws Exception {
        long served = 0;
        int page = 0;
        JsonNode answer;
        do {
            answer = MAPPER.readTree(post("pdn-s6", "/search?supplier_id=SESEA_JAL", "{\"page\":" + page++
                    + ",\"pageSize\":200}"));
            served += answer.path("data").size();
        } while (served < answer.at("/pagination/total").asInt());
        assertEquals(releases, served);
        assertEquals(0, MAPPER.readTree(post("pdn-s6", "/search?supplier_id=SHCP", "{\"page\":0,\"pageSize\":10}"))
                .at("/pagination/total").asInt());
    }

    @Test
    void linksNextIsFollowedToTheLastPage() throws Exception {
        String next = publisher.baseUrl("links-next") + "/packages";
        long served = 0;
        int pages = 0;
        while (next != null) {
            JsonNode page = MAPPER.readTree(get(URI.create(next), "test"));
            served += read(MAPPER.writeValueAsBytes(page)).releases();
            next = page.at("/links/next").isTextual() ? page.at("/links/next").asText() : null;
            pages++;
        }
        assertEquals(releases, served);
        assertEquals(3, pages);
    }

    @Test
    void ckanNeedsABrowserAndListsOneResourcePerYear() throws Exception {
        assertEquals(403, status("ckan", "/api/3/action/package_show?id=contrataciones-abiertas"));
        JsonNode resources = MAPPER.readTree(get("ckan", "/api/3/action/package_show?id=contrataciones-abiertas",
                "Mozilla/5.0")).at("/result/resources");
        long served = 0;
        for (JsonNode resource : resources) {
            served += read(get(URI.create(resource.path("url").asText()), "Mozilla/5.0")).releases();
        }
        assertEquals(releases, served);
    }

    @Test
    void linkedRecordsLinkEveryReleaseAndServeEachOne() throws Exception {
        Set<String> years = new HashSet<>();
        for (int index = 0; index < JALISCO.size(); index++) {
            years.add(Integer.toString(JALISCO.year(index)));
        }
        List<String> links = new ArrayList<>();
        for (String year : years) {
            String anio = URLEncoder.encode("[{\"value\":\"" + year + "\"}]", StandardCharsets.UTF_8);
            OcdsReader.create(MAPPER).read(new ByteArrayInputStream(get("linked-records", "/records?anio=" + anio,
                    "test")), "records", new ReleaseVisitor() {
                @Override
                public void release(org.ocdsnacional.ocds.model.Release release,
                                    org.ocdsnacional.ocds.model.PackageMetadata info) {
                    throw new AssertionError("records only link their releases");
                }

                @Override
                public void linkedRelease(org.ocdsnacional.ocds.read.LinkedRelease link,
                                          org.ocdsnacional.ocds.model.PackageMetadata info) {
                    links.add(link.url());
                }
            });
        }
        assertEquals(releases, links.size());
        assertEquals(1, read(get(URI.create(links.getFirst()), "test")).releases());
    }

    @Test
    void offsetWindowFiltersByDateRefusesDeepOffsetsAndKeepsItsQuirks() throws Exception {
        JsonNode all = MAPPER.readTree(get("offset-window", "/contracts?start_date_min=2019-01-01"
                + "&start_date_max=2027-12-31&offset=0&limit=1000", "test"));
        JsonNode one = MAPPER.readTree(get("offset-window", "/contracts?start_date_min=2021-01-01"
                + "&start_date_max=2021-12-31&offset=0&limit=1000", "test"));

        assertEquals(releases, all.path("count").asInt());
        assertTrue(one.path("count").asInt() > 0 && one.path("count").asInt() < releases);
        assertTrue(all.at("/data/0/tag").isTextual(), "QuiénEsQuién publishes tag as a string");
        assertEquals(400, status("offset-window", "/contracts?offset=9500&limit=1000"));
    }

    @Test
    void rfcListServesTheReferenceListOfThePlantedPatternsAndOnlyAHeaderWithoutThem() throws Exception {
        Dataset planted = Dataset.of(GeneratorSettings.of(100, 8).withPlantedPatterns(true));
        try (Publisher lists = Publisher.start("127.0.0.1", 0, List.of(
                new PublishedSource("lista", "Lista", "rfc-list", planted)), MAPPER)) {
            String csv = new String(get(URI.create(lists.baseUrl("lista") + "/lista.csv"), "test"),
                    StandardCharsets.UTF_8);
            assertEquals(planted.planted().orElseThrow().referenceList(), csv);
            assertTrue(lists.registryParameters("lista").contains("url: " + lists.baseUrl("lista") + "/lista.csv"));
        }
        String empty = new String(get("rfc-list", "/lista.csv", "test"), StandardCharsets.UTF_8);
        assertEquals(List.of("RFC,Nombre,Situación,Fecha"), empty.lines().toList());
        assertEquals(404, status("rfc-list", "/releases.json"));
    }

    @Test
    void registryEntriesPointAtEverySource() {
        String registry = RegistryEntries.registry(publisher);

        for (String protocol : Protocols.NAMES) {
            assertTrue(registry.contains("protocol: " + protocol), protocol);
        }
        assertTrue(registry.contains("state: MX-JAL"));
        assertFalse(registry.contains("federal"));
    }

    private static ReadSummary read(byte[] body) throws Exception {
        return OcdsReader.create(MAPPER).read(new ByteArrayInputStream(body), "response", (release, info) -> { });
    }

    private static byte[] get(String source, String path, String agent) throws Exception {
        return get(URI.create(publisher.baseUrl(source) + path), agent);
    }

    private static byte[] get(URI url, String agent) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(url).header("User-Agent", agent).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url.toString());
        return response.body();
    }

    private static byte[] post(String source, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(publisher.baseUrl(source) + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    private static int status(String source, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(publisher.baseUrl(source) + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
