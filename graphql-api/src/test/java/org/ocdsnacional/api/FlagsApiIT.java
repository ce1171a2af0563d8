package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Red flags through the API, over HTTP against a real embedded node: per process with names and evidence, as
 * filters, grouped, and per organization against the national rate. Four processes written here, so that each
 * figure is known by hand: two single bids (R018) in two states, one of them to a company incorporated two months
 * before (MX01); a contract published a year after it was signed (MX04); a process that raises nothing.
 */
class FlagsApiIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String VETERAN = "MX-RFC-VIE950101AB1";
    private static final List<SourceDescriptor> SOURCES = List.of(
            new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"),
            new SourceDescriptor("cmx", "CDMX", "MX-CMX", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"));

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ApiServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> SOURCES.stream().filter(source -> source.id().equals(id)).findFirst(), Clock.systemUTC());
        List<HarvestedRelease> batch = new ArrayList<>();
        batch.add(harvested("jal", award("ocds-fapi01-1", "open", "NIN240115AB1", 1)));
        batch.add(harvested("cmx", award("ocds-fapi01-2", "open", "VIE950101AB1", 1)));
        batch.add(harvested("jal", award("ocds-fapi01-3", "direct", "VIE950101AB1", 0)));
        ObjectNode late = award("ocds-fapi01-4", "direct", "VIE950101AB1", 0);
        late.putArray("contracts").addObject().put("id", "c1").put("awardID", "a1")
                .put("dateSigned", "2023-01-10T10:00:00-06:00");
        batch.add(harvested("cmx", late));
        assertEquals(List.of(), indexer.index(batch).failures());
        indexer.refreshFlags();
        ApiBackend backend = ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER), () -> SOURCES);
        server = ApiServer.builder().host("127.0.0.1").port(0).backend(backend).admin(FakeAdmin.idle())
                .config(ApiConfig.DEFAULTS).mapper(MAPPER).start();
        api = new ApiClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        cluster.close();
    }

    @Test
    void aProcessShowsItsFlagsWithNamesValuesAndEvidence() {
        JsonNode flags = api.data("""
                { process(ocid: "ocds-fapi01-1") { flags { code nameEs nameEn value evidence { field value } } } }""")
                .at("/process/flags");
        assertEquals(2, flags.size(), flags.toString());
        assertEquals("R018", flags.at("/0/code").asText());
        assertEquals("Una sola oferta recibida", flags.at("/0/nameEs").asText());
        assertEquals("Single bid received", flags.at("/0/nameEn").asText());
        assertEquals(1.0, flags.at("/0/value").asDouble());
        assertEquals("MX01", flags.at("/1/code").asText());
        assertTrue(flags.at("/1/evidence").toString().contains("\"incorporationDate\""), flags.toString());
        assertEquals("[]", api.data("{ process(ocid: \"ocds-fapi01-3\") { flags { code } } }")
                .at("/process/flags").toString());
    }

    @Test
    void processesAreFilteredByFlagsAndByWhetherTheyRaiseAny() {
        assertEquals(2, total("{ flags: [R018] }"));
        assertEquals(3, total("{ flags: [R018, MX04] }"), "a list matches any of its flags");
        assertEquals(1, total("{ flags: [R018], states: [MX_CMX] }"));
        assertEquals(3, total("{ anyFlag: true }"));
        assertEquals(1, total("{ anyFlag: false }"));
        JsonNode refused = api.post("{ processes(filter: { flags: [R999] }) { totalCount } }", Map.of());
        assertTrue(refused.path("errors").get(0).path("message").asText().contains("R999"), refused.toString());
    }

    @Test
    void summariesCountFlagsOverallAndInEveryGrouping() {
        JsonNode summary = api.data("""
                { summary { processCount byFlag { key processCount } missing(by: FLAG) { processCount }
                            byState { key flags { code processCount } }
                            topSuppliers { id flags { code processCount } } } }""").path("summary");
        assertEquals(Map.of("R018", 2, "MX01", 1, "MX04", 1), counts(summary.path("byFlag"), "key"));
        assertEquals(1, summary.at("/missing/processCount").asInt(), "the process that raises none");
        for (JsonNode state : summary.path("byState")) {
            Map<String, Integer> flags = counts(state.path("flags"), "code");
            assertEquals(state.path("key").asText().equals("MX-JAL") ? Map.of("R018", 1, "MX01", 1)
                    : Map.of("R018", 1, "MX04", 1), flags, state.toString());
        }
        JsonNode veteran = find(summary.path("topSuppliers"), "id", VETERAN);
        assertEquals(Map.of("R018", 1, "MX04", 1), counts(veteran.path("flags"), "code"));
    }

    @Test
    void anOrganizationsFlagRatesStandBesideTheNationalRates() {
        JsonNode rates = api.data("{ organization(id: \"VIE950101AB1\") { asSupplier { flagRates { code nameEs "
                + "processCount rate nationalRate } } flags { code } } }").path("organization");
        assertEquals("[]", rates.path("flags").toString(), "no flag on the organization itself");
        JsonNode r018 = find(rates.at("/asSupplier/flagRates"), "code", "R018");
        assertEquals(1, r018.path("processCount").asInt());
        assertEquals(1.0 / 3, r018.path("rate").asDouble(), 1e-9, "one of its three processes");
        assertEquals(0.5, r018.path("nationalRate").asDouble(), 1e-9, "two of the four indexed");
        assertEquals("Una sola oferta recibida", r018.path("nameEs").asText());
    }

    private static int total(String filter) {
        return api.data("{ processes(filter: " + filter + ") { totalCount } }").at("/processes/totalCount").asInt();
    }

    private static Map<String, Integer> counts(JsonNode groups, String key) {
        Map<String, Integer> counts = new TreeMap<>();
        groups.forEach(group -> counts.put(group.path(key).asText(), group.path("processCount").asInt()));
        return counts;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError(value + " not in " + list);
    }

    private static ObjectNode award(String ocid, String method, String supplierRfc, int tenderers) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", "1").put("date", "2024-03-01T12:00:00-06:00");
        json.putObject("buyer").put("id", "MX-RFC-SSA010101AB1").put("name", "Secretaría de Salud");
        ObjectNode tender = json.putObject("tender").put("id", "t").put("procurementMethod", method);
        if (tenderers > 0) {
            tender.put("numberOfTenderers", tenderers);
        }
        ObjectNode award = json.putArray("awards").addObject().put("id", "a1").put("status", "active")
                .put("date", "2024-03-01T12:00:00-06:00");
        award.putObject("value").put("amount", 1000).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", "MX-RFC-" + supplierRfc).put("name", "Proveedor");
        return json;
    }

    private static HarvestedRelease harvested(String source, ObjectNode json) {
        return new HarvestedRelease(source, "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of(), "https://example.org/" + source + ".json");
    }
}
