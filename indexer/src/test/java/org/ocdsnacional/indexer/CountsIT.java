package org.ocdsnacional.indexer;

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
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.Organization;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.OrganizationInRole;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the index counts and sums, against a real embedded OpenSearch node: small processes written here, each
 * shaped like a way real publishers' data goes wrong, and every count and sum worked out by hand.
 */
class CountsIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String AZTECA = "MX-RFC-AAA010101AA1";
    private static final String COBRE = "MX-RFC-CCC030303CC3";
    private static final Map<String, SourceDescriptor> SOURCES = Map.of(
            "jal", new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"));

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ProcessSearch search;
    private static ProcessAggregations aggregations;
    private static OrganizationDirectory organizations;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> Optional.ofNullable(SOURCES.get(id)), Clock.systemUTC());
        IngestResult result = indexer.index(List.of(
                harvested("""
                        {"ocid": "ocds-cnt001-twice", "id": "1", "date": "2024-03-01T00:00:00Z",
                         "buyer": {"id": "SSA", "name": "Secretaría de Salud"},
                         "parties": [{"id": "MX-RFC-AAA010101AA1", "name": "Abarrotes Azteca, S.A. de C.V.", "roles": ["supplier"]},
                                     {"id": "AAA010101AA1", "name": "ABARROTES AZTECA SA DE CV", "roles": ["supplier"]}],
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 100, "currency": "MXN"},
                                     "suppliers": [{"id": "MX-RFC-AAA010101AA1", "name": "Abarrotes Azteca, S.A. de C.V."},
                                                   {"id": "AAA010101AA1", "name": "ABARROTES AZTECA SA DE CV"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-prefixed", "id": "1", "date": "2024-04-01T00:00:00Z",
                         "buyer": {"id": "SSA", "name": "Secretaría de Salud"},
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 50.25, "currency": "MXN"},
                                     "suppliers": [{"id": "RFC-AAA010101AA1", "name": "Abarrotes Azteca"},
                                                   {"id": "aaa-010101-aa1", "name": "Abarrotes Azteca"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-tenderers", "id": "1", "date": "2024-05-01T00:00:00Z",
                         "buyer": {"id": "SSA", "name": "Secretaría de Salud"},
                         "tender": {"id": "t1", "procurementMethod": "open",
                                    "tenderers": [{"id": "MX-RFC-BBB020202BB2", "name": "Bienes del Bajío"},
                                                  {"id": "bbb 020202 bb2", "name": "BIENES DEL BAJIO"}]}}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-mxn", "id": "1", "date": "2023-02-01T00:00:00Z",
                         "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 1000, "currency": "MXN"},
                                     "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables SA de CV"}]},
                                    {"id": "a2", "status": "active", "value": {"amount": 9000, "currency": "MXN"},
                                     "suppliers": [{"id": "MX-RFC-DDD040404DD4", "name": "Distribuidora Delta"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-usd", "id": "1", "date": "2023-03-01T00:00:00Z",
                         "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 500, "currency": "USD"},
                                     "suppliers": [{"id": "CCC030303CC3", "name": "CCC Industrial"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-pending", "id": "1", "date": "2023-04-01T00:00:00Z",
                         "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                         "awards": [{"id": "a1", "status": "pending",
                                     "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-cancelled", "id": "1", "date": "2023-05-01T00:00:00Z",
                         "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                         "awards": [{"id": "a1", "status": "cancelled", "value": {"amount": 999, "currency": "MXN"},
                                     "suppliers": [{"id": "MX-RFC-CCC030303CC3", "name": "Cobre y Cables"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-azteca-buys", "id": "1", "date": "2023-06-01T00:00:00Z",
                         "buyer": {"id": "AAA010101AA1", "name": "Abarrotes Azteca"},
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 70, "currency": "MXN"},
                                     "suppliers": [{"id": "MX-RFC-DDD040404DD4", "name": "Distribuidora Delta"}]}]}"""),
                harvested("""
                        {"ocid": "ocds-cnt001-pesos", "id": "1", "date": "2022-01-01T00:00:00Z",
                         "buyer": {"id": "SOP", "name": "Secretaría de Obras Públicas"},
                         "tender": {"id": "t1", "value": {"amount": 800, "currency": "Pesos"}},
                         "awards": [{"id": "a1", "status": "active", "value": {"amount": 300, "currency": "PESOS"},
                                     "suppliers": [{"id": "MX-RFC-EEE050505EE5", "name": "Equipos Escolares"}]},
                                    {"id": "a2", "status": "active", "value": {"amount": 200, "currency": " mxn "},
                                     "suppliers": [{"id": "MX-RFC-EEE050505EE5", "name": "Equipos Escolares"}]},
                                    {"id": "a3", "status": "active", "value": {"amount": 100, "currency": 484},
                                     "suppliers": [{"id": "MX-RFC-EEE050505EE5", "name": "Equipos Escolares"}]}]}""")));
        assertEquals(List.of(), result.failures());
        indexer.refresh();
        search = ProcessSearch.create(cluster, MAPPER);
        aggregations = ProcessAggregations.create(cluster, MAPPER);
        organizations = OrganizationDirectory.create(cluster, MAPPER, aggregations);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    /** One company listed twice in an award (two spellings of its RFC) is awarded the award's value once. */
    @Test
    void aSupplierListedTwiceInAnAwardIsCountedAndSummedOnce() {
        for (Ranking ranking : Ranking.values()) {
            Group azteca = aggregations.topSuppliers(ProcessFilter.NONE, ranking, Optional.of("MXN"), 10).stream()
                    .filter(group -> group.key().equals(AZTECA)).findFirst().orElseThrow();
            assertEquals(2, azteca.processes(), ranking.name());
            assertEquals(List.of(new Money(new BigDecimal("150.25"), "MXN")), azteca.awarded(), ranking.name());
        }
        assertEquals(List.of(new Money(new BigDecimal("150.25"), "MXN")),
                aggregations.answer(ProcessFilter.NONE, Aggregation.awardedTo(AZTECA)));
    }

    /**
     * The organizations with a page are the buyers and suppliers: a tenderer who never won (Bienes del Bajío) and an
     * RFC no process names are not, whatever else they are called.
     */
    @Test
    void theKnownOrganizationsAreTheBuyersAndTheSuppliers() throws IOException {
        String health = OrganizationIdentity.of(MAPPER.readTree(
                "{\"id\": \"SSA\", \"name\": \"Secretaría de Salud\"}")).orElseThrow().id();
        assertEquals(Set.of(AZTECA, "MX-RFC-DDD040404DD4", health), organizations.known(List.of(AZTECA,
                "MX-RFC-DDD040404DD4", health, "MX-RFC-BBB020202BB2", "MX-RFC-ZZZ990101ZZ9")));
        assertEquals(Set.of(), organizations.known(List.of()));
    }

    /** {@code RFC-…}, lower case and hyphens are the same RFC: one organization, not an RFC one and a name one. */
    @Test
    void everySpellingOfAnRfcIsOneOrganization() {
        Organization azteca = organizations.find("RFC-AAA010101AA1").orElseThrow();
        assertEquals(AZTECA, azteca.id());
        assertEquals(2, azteca.asSupplier());
        List<OrganizationInRole> found = organizations.search(Optional.of("azteca"),
                Optional.of(OrganizationDirectory.Role.SUPPLIER), ProcessFilter.NONE, Ranking.COUNT, Optional.empty(), 10);
        assertEquals(List.of(AZTECA), found.stream().map(each -> each.counts().key()).toList());
        JsonNode prefixed = process("ocds-cnt001-prefixed");
        assertEquals(1, prefixed.path("suppliers").size(), prefixed.path("suppliers").toString());
        assertEquals(AZTECA, prefixed.at("/suppliers/0/orgId").asText());
    }

    /** A tenderer listed twice is one tenderer: an open tender with one bidder is a single-bid tender. */
    @Test
    void aTendererListedTwiceIsOneTenderer() {
        JsonNode tenderers = process("ocds-cnt001-tenderers");
        assertEquals(1, tenderers.path("numberOfTenderers").asInt());
        assertEquals(true, tenderers.path("singleBidder").asBoolean());
    }

    /**
     * A supplier's count is its processes whatever the ranking (by count, or by amount in any currency) and whatever
     * the name it was searched by; its amounts are in every currency. The same as its profile and as the processes
     * its filter selects.
     */
    @Test
    void aSuppliersCountsDoNotDependOnTheRankingNorOnTheNameSearched() {
        ProcessFilter itsProcesses = ProcessFilter.builder().supplierId(Optional.of(COBRE)).build();
        long processes = aggregations.answer(itsProcesses, Aggregation.totals()).processes();
        assertEquals(4, processes, "mxn, usd, pending (no value) and cancelled");
        assertEquals(processes, organizations.find(COBRE).orElseThrow().asSupplier());
        Map<String, BigDecimal> awarded = Map.of("MXN", new BigDecimal("1000.00"), "USD", new BigDecimal("500.00"));
        for (Optional<String> currency : List.of(Optional.<String>empty(), Optional.of("MXN"), Optional.of("USD"))) {
            Ranking ranking = currency.isEmpty() ? Ranking.COUNT : Ranking.AMOUNT;
            Group cobre = find(aggregations.topSuppliers(ProcessFilter.NONE, ranking, currency, 10), COBRE);
            assertEquals(processes, cobre.processes(), ranking + " " + currency);
            assertEquals(awarded, perCurrency(cobre.awarded()), ranking + " " + currency);
            Group named = organizations.search(Optional.of("cobre"), Optional.of(OrganizationDirectory.Role.SUPPLIER),
                    ProcessFilter.NONE, ranking, currency, 10).getFirst().counts();
            assertEquals(COBRE, named.key(), "found by name");
            assertEquals(processes, named.processes(), "counted in the process that names it «CCC Industrial» too");
            assertEquals(awarded, perCurrency(named.awarded()));
        }
        assertEquals(awarded, perCurrency(aggregations.answer(itsProcesses, Aggregation.awardedTo(COBRE))));
    }

    /** A supplier's buyers, and its groups, show what was awarded to it, not what the processes awarded to others. */
    @Test
    void aSuppliersBuyersAndGroupsShowWhatWasAwardedToIt() {
        ProcessFilter itsProcesses = ProcessFilter.builder().supplierId(Optional.of(COBRE)).build();
        Map<String, BigDecimal> awarded = Map.of("MXN", new BigDecimal("1000.00"), "USD", new BigDecimal("500.00"));
        for (Ranking ranking : Ranking.values()) {
            Group buyer = aggregations.answer(itsProcesses, Aggregation.topBuyers(ranking, Optional.of("MXN"), 10,
                    Amounts.awardedTo(COBRE))).getFirst();
            assertEquals("nombre:secretaria de obras publicas", buyer.key());
            assertEquals(4, buyer.processes());
            assertEquals(awarded, perCurrency(buyer.awarded()), "not the 9,000 awarded to Distribuidora Delta");
        }
        Group jalisco = aggregations.answer(itsProcesses, Aggregation.groups(Dimension.STATE, DateField.RELEASE, 10,
                Amounts.awardedTo(COBRE))).getFirst();
        assertEquals(4, jalisco.processes());
        assertEquals(awarded, perCurrency(jalisco.awarded()));
        Group buyerAsAWhole = aggregations.answer(itsProcesses, Aggregation.topBuyers(Ranking.COUNT, Optional.empty(),
                10)).getFirst();
        assertEquals(Map.of("MXN", new BigDecimal("10000.00"), "USD", new BigDecimal("500.00")),
                perCurrency(buyerAsAWhole.awarded()), "the processes' awards, to everyone");
    }

    /** An organization that buys and supplies is listed once per role, each with its own counts. */
    @Test
    void anOrganizationThatBuysAndSuppliesIsListedOncePerRole() {
        List<OrganizationInRole> azteca = organizations.search(Optional.of("azteca"), Optional.empty(),
                ProcessFilter.NONE, Ranking.COUNT, Optional.empty(), 10);
        assertEquals(List.of(OrganizationDirectory.Role.SUPPLIER, OrganizationDirectory.Role.BUYER),
                azteca.stream().map(OrganizationInRole::role).toList());
        assertEquals(List.of(2L, 1L), azteca.stream().map(found -> found.counts().processes()).toList());
        assertEquals(Map.of("MXN", new BigDecimal("70.00")), perCurrency(azteca.get(1).counts().awarded()));
    }

    /**
     * A currency that is not ISO 4217 ("PESOS", 484) is never a currency of its own nor added to one: its amounts
     * are under XXX (no currency), in every sum and grouping; a code in lower case with spaces is the code.
     */
    @Test
    void amountsInACurrencyOutsideIso4217AreSummedAsNoCurrency() {
        ProcessFilter pesos = ProcessFilter.builder().supplierId(Optional.of("EEE050505EE5")).build();
        Map<String, BigDecimal> awarded = Map.of("MXN", new BigDecimal("200.00"), "XXX", new BigDecimal("400.00"));
        assertEquals(awarded, perCurrency(aggregations.answer(pesos, Aggregation.totals()).awarded()));
        assertEquals(awarded, perCurrency(aggregations.answer(pesos, Aggregation.awardedTo("MX-RFC-EEE050505EE5"))));
        assertEquals(awarded, perCurrency(find(aggregations.topSuppliers(pesos, Ranking.COUNT, Optional.empty(), 10),
                "MX-RFC-EEE050505EE5").awarded()));
        assertEquals(awarded, perCurrency(aggregations.groups(pesos, Dimension.YEAR, DateField.RELEASE, 10)
                .getFirst().awarded()));
        assertEquals("XXX", process("ocds-cnt001-pesos").at("/tenderValue/currency").asText());
        List<Money> all = aggregations.answer(ProcessFilter.NONE, Aggregation.totals()).awarded();
        assertEquals(List.of("MXN", "USD", "XXX"), all.stream().map(Money::currency).sorted().toList());
    }

    private static Group find(List<Group> groups, String key) {
        return groups.stream().filter(group -> group.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + groups));
    }

    private static Map<String, BigDecimal> perCurrency(List<Money> amounts) {
        Map<String, BigDecimal> map = new TreeMap<>();
        amounts.forEach(money -> assertEquals(null, map.put(money.currency(), money.amount()), "one per currency"));
        return map;
    }

    private static JsonNode process(String ocid) {
        return search.process(ocid, Optional.empty()).orElseThrow();
    }

    private static HarvestedRelease harvested(String json) {
        try {
            ObjectNode release = (ObjectNode) MAPPER.readTree(json);
            return new HarvestedRelease("jal", "run-1", new Release(release), PackageMetadata.NONE,
                    ContentHash.of(release), List.of(), "https://example.org/jal.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
