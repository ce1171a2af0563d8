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
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.Organization;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the index counts and sums, against a real embedded OpenSearch node: small processes written here, each
 * shaped like a way real publishers' data goes wrong, and every count and sum worked out by hand.
 */
class CountsIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String AZTECA = "MX-RFC-AAA010101AA1";
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
                                                  {"id": "bbb 020202 bb2", "name": "BIENES DEL BAJIO"}]}}""")));
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

    /** {@code RFC-…}, lower case and hyphens are the same RFC: one organization, not an RFC one and a name one. */
    @Test
    void everySpellingOfAnRfcIsOneOrganization() {
        Organization azteca = organizations.find("RFC-AAA010101AA1").orElseThrow();
        assertEquals(AZTECA, azteca.id());
        assertEquals(2, azteca.asSupplier());
        List<Group> found = organizations.search(Optional.of("azteca"), Optional.of(OrganizationDirectory.Role.SUPPLIER),
                ProcessFilter.NONE, Ranking.COUNT, Optional.empty(), 10);
        assertEquals(List.of(AZTECA), found.stream().map(Group::key).toList());
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
