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
import org.ocdsnacional.indexer.ingest.IngestResult;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the API counts and sums, over HTTP against a real embedded OpenSearch node, on processes written here so that
 * each figure is known by hand: a supplier with awards in two currencies, one without a value and one cancelled,
 * named differently in one of them; a process in a source outside the registry; processes without dates, methods,
 * categories, buyer or suppliers.
 */
class CountsApiIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String COBRE = "MX-RFC-CCC030303CC3";
    private static final List<SourceDescriptor> SOURCES = List.of(
            new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"),
            new SourceDescriptor("gdl", "Guadalajara", "MX-JAL", "municipal", "state-platform", "active", "ocds-url",
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
        IngestResult result = indexer.index(releases());
        assertEquals(List.of(), result.failures());
        indexer.refresh();
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

    private static List<HarvestedRelease> releases() {
        List<HarvestedRelease> releases = new ArrayList<>();
        releases.add(harvested("jal", """
                {"ocid": "ocds-cnt002-mxn", "id": "1", "date": "2023-02-01T12:00:00Z",
                 "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                 "tender": {"id": "t", "procurementMethod": "open", "procurementMethodDetails": "Licitación Pública",
                            "mainProcurementCategory": "works"},
                 "awards": [{"id": "a1", "status": "active", "date": "2023-02-01T12:00:00Z",
                             "value": {"amount": 1000, "currency": "MXN"},
                             "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables SA de CV"}]},
                            {"id": "a2", "status": "active", "date": "2023-02-01T12:00:00Z",
                             "value": {"amount": 9000, "currency": "MXN"},
                             "suppliers": [{"id": "MX-RFC-DDD040404DD4", "name": "Distribuidora Delta"}]}]}"""));
        releases.add(harvested("jal", """
                {"ocid": "ocds-cnt002-usd", "id": "1", "date": "2023-03-01T12:00:00Z",
                 "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                 "tender": {"id": "t", "procurementMethod": "direct"},
                 "awards": [{"id": "a1", "status": "active", "date": "2023-03-01T12:00:00Z",
                             "value": {"amount": 500, "currency": "USD"},
                             "suppliers": [{"id": "CCC030303CC3", "name": "CCC Industrial"}]}]}"""));
        releases.add(harvested("gdl", """
                {"ocid": "ocds-cnt002-pending", "id": "1", "date": "2023-04-01T12:00:00Z",
                 "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                 "awards": [{"id": "a1", "status": "pending",
                             "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables"}]}]}"""));
        releases.add(harvested("nowhere", """
                {"ocid": "ocds-cnt002-cancelled", "id": "1", "date": "2024-05-01T12:00:00Z",
                 "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                 "tender": {"id": "t", "procurementMethod": "open", "mainProcurementCategory": "goods"},
                 "awards": [{"id": "a1", "status": "cancelled", "date": "2024-05-01T12:00:00Z",
                             "value": {"amount": 999, "currency": "MXN"},
                             "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables"}]}]}"""));
        releases.add(harvested("jal", """
                {"ocid": "ocds-cnt002-planned", "id": "1",
                 "tender": {"id": "t", "title": "Sin comprador ni proveedores"}}"""));
        return releases;
    }

    /**
     * A supplier's count and amounts are the same in every ranking (by count, or by amount in any currency), in its
     * profile, in the organizations found by its name, and as many as the processes its filter selects; its amounts
     * are in every currency.
     */
    @Test
    void aSuppliersCountsAreTheSameWhateverTheRankingAndWherever() {
        JsonNode data = api.data("""
                { processes(filter: {supplierId: "CCC030303CC3"}) { totalCount }
                  summary {
                    byCount: topSuppliers { id role processCount awarded { amount currency } }
                    byMxn: topSuppliers(orderBy: {by: AMOUNT, currency: "MXN"}) { id role processCount awarded { amount currency } }
                    byUsd: topSuppliers(orderBy: {by: AMOUNT, currency: "USD"}) { id role processCount awarded { amount currency } } }
                  named: organizations(query: "cobre", orderBy: {by: AMOUNT, currency: "MXN"}) { id role processCount awarded { amount currency } }
                  organization(id: "CCC030303CC3") { asSupplier { processCount awarded { amount currency } } } }""");
        int processes = data.at("/processes/totalCount").asInt();
        assertEquals(4, processes);
        Map<String, String> awarded = Map.of("MXN", "1000.00", "USD", "500.00");
        for (String ranking : List.of("byCount", "byMxn", "byUsd")) {
            JsonNode cobre = find(data.at("/summary/" + ranking), COBRE);
            assertEquals(processes, cobre.path("processCount").asInt(), ranking);
            assertEquals(awarded, amounts(cobre.path("awarded")), ranking);
            assertEquals("SUPPLIER", cobre.path("role").asText());
        }
        JsonNode named = data.at("/named");
        assertEquals(1, named.size(), named.toString());
        assertEquals(processes, find(named, COBRE).path("processCount").asInt());
        assertEquals(awarded, amounts(find(named, COBRE).path("awarded")));
        assertEquals(processes, data.at("/organization/asSupplier/processCount").asInt());
        assertEquals(awarded, amounts(data.at("/organization/asSupplier/awarded")));
    }

    /** A supplier's buyers and its groups show what was awarded to it, not what its processes awarded to all. */
    @Test
    void aSuppliersProfileShowsWhatWasAwardedToIt() {
        JsonNode profile = api.data("""
                { organization(id: "MX-RFC-CCC030303CC3") { asSupplier {
                    counterparties { id role processCount awarded { amount currency } }
                    byAmount: counterparties(orderBy: {by: AMOUNT, currency: "MXN"}) { id processCount awarded { amount currency } }
                    byState { key processCount awarded { amount currency } } } } }""")
                .at("/organization/asSupplier");
        Map<String, String> awarded = Map.of("MXN", "1000.00", "USD", "500.00");
        for (String field : List.of("counterparties", "byAmount")) {
            JsonNode buyer = profile.path(field).path(0);
            assertEquals("nombre:secretaria de obras publicas", buyer.path("id").asText());
            assertEquals(4, buyer.path("processCount").asInt());
            assertEquals(awarded, amounts(buyer.path("awarded")), "not the 9,000 awarded to another supplier");
        }
        assertEquals("BUYER", profile.at("/counterparties/0/role").asText());
        JsonNode jalisco = find(profile.path("byState"), "MX-JAL");
        assertEquals(3, jalisco.path("processCount").asInt(), "the cancelled award's process is in no state");
        assertEquals(awarded, amounts(jalisco.path("awarded")));
    }

    /**
     * Every grouping of a summary, with the processes it could not place, accounts for every process: its groups
     * plus {@code missing} add up to {@code processCount}, and their amounts to {@code awarded}, currency by currency.
     */
    @Test
    void everyGroupingAndItsMissingAddUpToTheTotal() {
        Map<String, String> groupings = new LinkedHashMap<>();
        for (String by : List.of("STATE", "SOURCE", "LEVEL", "METHOD", "METHOD_DETAILS", "CATEGORY")) {
            groupings.put(by, "by" + camel(by));
        }
        for (String date : List.of("RELEASE", "TENDER_START", "AWARD", "CONTRACT_SIGNED")) {
            groupings.put("YEAR, date: " + date, "byYear(date: " + date + ")");
            groupings.put("MONTH, date: " + date, "byMonth(date: " + date + ")");
        }
        groupings.put("BUYER", "topBuyers(first: 100)");
        StringBuilder query = new StringBuilder("{ summary { processCount awarded { amount currency } ");
        int n = 0;
        for (Map.Entry<String, String> grouping : groupings.entrySet()) {
            query.append("g").append(n).append(": ").append(grouping.getValue()).append(" { processCount awarded ")
                    .append("{ amount currency } } m").append(n++).append(": missing(by: ").append(grouping.getKey())
                    .append(") { processCount awarded { amount currency } } ");
        }
        JsonNode summary = api.data(query.append("} }").toString()).path("summary");
        assertEquals(5, summary.path("processCount").asInt());
        n = 0;
        for (String grouping : groupings.keySet()) {
            assertAddsUp(summary, summary.path("g" + n), summary.path("m" + n++), grouping);
        }
        JsonNode missing = api.data("""
                { summary { state: missing(by: STATE) { processCount } level: missing(by: LEVEL) { processCount }
                  released: missing(by: YEAR) { processCount } awardedIn: missing(by: MONTH, date: AWARD) { processCount }
                  method: missing(by: METHOD) { processCount } buyer: missing(by: BUYER) { processCount }
                  supplier: missing(by: SUPPLIER) { processCount awarded { amount currency } } } }""").path("summary");
        assertEquals(1, missing.at("/state/processCount").asInt(), "the process of a source outside the registry");
        assertEquals(1, missing.at("/level/processCount").asInt());
        assertEquals(1, missing.at("/released/processCount").asInt(), "the release without a date");
        assertEquals(2, missing.at("/awardedIn/processCount").asInt(), "no award, or an award without a date");
        assertEquals(2, missing.at("/method/processCount").asInt());
        assertEquals(1, missing.at("/buyer/processCount").asInt());
        assertEquals(1, missing.at("/supplier/processCount").asInt());
        assertEquals(0, missing.at("/supplier/awarded").size());
    }

    /** A supplier's profile accounts for its processes and for what was awarded to it, grouping by grouping. */
    @Test
    void aProfilesGroupingsAndTheirMissingAddUpToItsTotals() {
        JsonNode profile = api.data("""
                { organization(id: "CCC030303CC3") { asSupplier { processCount awarded { amount currency }
                    g0: byState { processCount awarded { amount currency } }
                    m0: missing(by: STATE) { processCount awarded { amount currency } }
                    g1: byYear(date: AWARD) { processCount awarded { amount currency } }
                    m1: missing(by: YEAR, date: AWARD) { processCount awarded { amount currency } }
                    g2: counterparties(first: 100) { processCount awarded { amount currency } }
                    m2: missing(by: BUYER) { processCount awarded { amount currency } } } } }""")
                .at("/organization/asSupplier");
        assertEquals(4, profile.path("processCount").asInt());
        for (int n = 0; n < 3; n++) {
            assertAddsUp(profile, profile.path("g" + n), profile.path("m" + n), "grouping " + n);
        }
        assertEquals(1, profile.at("/m1/processCount").asInt(), "the pending award has no date");
    }

    private static void assertAddsUp(JsonNode total, JsonNode groups, JsonNode missing, String grouping) {
        int processes = missing.path("processCount").asInt();
        Map<String, BigDecimal> amounts = new TreeMap<>(sums(missing.path("awarded")));
        for (JsonNode group : groups) {
            processes += group.path("processCount").asInt();
            sums(group.path("awarded")).forEach((currency, amount) -> amounts.merge(currency, amount, BigDecimal::add));
        }
        assertEquals(total.path("processCount").asInt(), processes, grouping + ": " + groups + " + " + missing);
        assertEquals(sums(total.path("awarded")), amounts, grouping + ": " + groups + " + " + missing);
    }

    private static Map<String, BigDecimal> sums(JsonNode money) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        money.forEach(each -> sums.merge(each.path("currency").asText(), new BigDecimal(each.path("amount").asText()),
                BigDecimal::add));
        return sums;
    }

    /** STATE → State, METHOD_DETAILS → MethodDetails. */
    private static String camel(String constant) {
        StringBuilder camel = new StringBuilder();
        for (String word : constant.split("_")) {
            camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return camel.toString();
    }

    private static JsonNode find(JsonNode list, String key) {
        for (JsonNode item : list) {
            if (item.path("id").asText(item.path("key").asText()).equals(key)) {
                return item;
            }
        }
        throw new AssertionError(key + " not in " + list);
    }

    private static Map<String, String> amounts(JsonNode money) {
        Map<String, String> amounts = new TreeMap<>();
        money.forEach(each -> assertEquals(null, amounts.put(each.path("currency").asText(),
                new BigDecimal(each.path("amount").asText()).setScale(2).toPlainString()), "one per currency"));
        return amounts;
    }

    private static HarvestedRelease harvested(String source, String json) {
        try {
            ObjectNode release = (ObjectNode) MAPPER.readTree(json);
            return new HarvestedRelease(source, "run-1", new Release(release), PackageMetadata.NONE,
                    ContentHash.of(release), List.of(), "https://example.org/" + source + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
