package org.ocdsnacional.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.ingest.ProcessRebuild;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.indexer.schema.ProcessSummary;
import org.ocdsnacional.ocds.model.Json;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An alias left on an older index version by a previous release is migrated at start-up, data included. */
class IndexMigrationIT {

    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    Path home;

    @Test
    void anOlderIndexIsCopiedIntoTheNewVersionAndTheAliasSwapped() {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home), MAPPER)) {
            String old = IndexName.RUNS.alias(cluster) + "-v0";
            ObjectNode body = MAPPER.createObjectNode();
            body.putObject("aliases").putObject(IndexName.RUNS.alias(cluster));
            cluster.send("PUT", "/" + old, body);
            cluster.send("PUT", "/" + old + "/_doc/r1?refresh=true", MAPPER.createObjectNode()
                    .put("runId", "r1").put("sourceId", "jal").put("state", "SUCCEEDED"));

            IndexSetup.ensure(cluster, MAPPER);

            var alias = cluster.send("GET", "/_alias/" + IndexName.RUNS.alias(cluster), null);
            assertTrue(alias.has(IndexName.RUNS.versioned(cluster)), alias.toString());
            assertEquals(1, alias.size(), "the alias points to the new version only");
            assertEquals("jal", cluster.send("GET", "/" + IndexName.RUNS.alias(cluster) + "/_doc/r1", null)
                    .at("/_source/sourceId").asText());
            assertEquals(200, cluster.status("HEAD", "/" + old), "the old index is kept for the operator");
        }
    }

    /**
     * Process documents indexed by an older version are rebuilt from their compiled release on the way into the new
     * version: what it derives differently (here: a supplier listed twice in an award, once as {@code RFC-…}) holds
     * for them too, and what does not come from the compiled release (sources, states, releases) is kept.
     */
    @Test
    void processesOfAnOlderVersionAreRebuiltFromTheirCompiledRelease() throws Exception {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER)) {
            String old = IndexName.PROCESSES.alias(cluster) + "-v2";
            ObjectNode body = MAPPER.createObjectNode();
            body.putObject("aliases").putObject(IndexName.PROCESSES.alias(cluster));
            cluster.send("PUT", "/" + old, body);
            cluster.send("PUT", "/" + old + "/_doc/ocds-mig001-1?refresh=true", MAPPER.readTree("""
                    {"key": "ocds-mig001-1", "ocid": "ocds-mig001-1", "sources": ["jal"], "states": ["MX-JAL"],
                     "levels": ["state"], "releaseCount": 2, "withdrawn": false, "releaseUids": ["u1", "u2"],
                     "validation": {"errors": 1, "warnings": 0}, "updatedAt": "2025-01-01T00:00:00Z",
                     "suppliers": [{"id": "RFC-AAA010101AA1", "name": "Abarrotes Azteca", "orgId": "nombre:abarrotes azteca"}],
                     "supplierAwards": [{"orgId": "nombre:abarrotes azteca", "name": "Abarrotes Azteca",
                                         "amount": "200.00", "currency": "MXN", "minor": 20000}],
                     "compiledRelease": {"ocid": "ocds-mig001-1", "id": "c",
                       "awards": [{"id": "a1", "status": "active", "value": {"amount": 100.00, "currency": "MXN"},
                                   "suppliers": [{"id": "RFC-AAA010101AA1", "name": "Abarrotes Azteca"},
                                                 {"id": "AAA010101AA1", "name": "Abarrotes Azteca"}]}]}}"""));

            IndexSetup.ensure(cluster, MAPPER, Map.of(IndexName.PROCESSES, ProcessRebuild.create(MAPPER)));

            JsonNode process = cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/ocds-mig001-1", null)
                    .path("_source");
            assertEquals("MX-RFC-AAA010101AA1", process.at("/suppliers/0/orgId").asText());
            assertEquals(1, process.path("suppliers").size());
            assertEquals("[\"MX-JAL\"]", process.path("states").toString(), "kept: it does not come from the release");
            assertEquals(2, process.path("releaseCount").asInt());
            assertEquals(1, process.at("/validation/errors").asInt());
            assertEquals("100.00", process.at("/awarded/0/amount").asText());
            assertEquals("ocds-mig001-1", process.at("/compiledRelease/ocid").asText());
            JsonNode summary = summaryColumn(cluster);
            assertEquals("[\"MX-JAL\"]", summary.path("states").toString(), "the summary downloads read, a column");
            assertEquals(process.path("awarded"), summary.path("awarded"));
            assertEquals(List.of(new Money(new BigDecimal("100.00"), "MXN")), ProcessAggregations.create(cluster, MAPPER)
                    .answer(ProcessFilter.NONE, Aggregation.awardedTo("MX-RFC-AAA010101AA1")));
        }
    }

    /**
     * Process documents of v5, whose summary is a stored JSON text, move to v6, where it is a column (binary doc
     * values) a download reads without loading any stored field: every field is kept (flags included), the summary is
     * written again from the document, and a download reads the same fields as the source has.
     */
    @Test
    void processesWithAStoredSummaryMoveToASummaryColumn() throws Exception {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER)) {
            String old = IndexName.PROCESSES.alias(cluster) + "-v5";
            cluster.send("PUT", "/" + old, MAPPER.readTree("""
                    {"aliases": {"%s": {}}, "mappings": {"properties": {
                       "key": {"type": "keyword"}, "flags": {"type": "object", "enabled": false},
                       "summary": {"type": "keyword", "index": false, "doc_values": false, "store": true},
                       "compiledRelease": {"type": "object", "enabled": false}}}}"""
                    .formatted(IndexName.PROCESSES.alias(cluster))));
            cluster.send("PUT", "/" + old + "/_doc/ocds-mig003-1?refresh=true", MAPPER.readTree("""
                    {"key": "ocds-mig003-1", "ocid": "ocds-mig003-1", "sources": ["jal"], "states": ["MX-JAL"],
                     "levels": ["state"], "releaseCount": 1, "withdrawn": false, "releaseUids": ["u1"],
                     "validation": {"errors": 0, "warnings": 2}, "updatedAt": "2025-01-01T00:00:00Z",
                     "flagCodes": ["R018"], "flags": [{"code": "R018"}], "title": "Compra de papelería",
                     "summary": "{\\"ocid\\":\\"ocds-mig003-1\\",\\"title\\":\\"Compra de papelería\\"}",
                     "compiledRelease": {"ocid": "ocds-mig003-1", "id": "c", "date": "2024-09-01T00:00:00Z",
                       "tender": {"id": "t", "title": "Compra de papelería", "procurementMethod": "direct"},
                       "awards": [{"id": "a1", "status": "active", "value": {"amount": 80.50, "currency": "MXN"},
                                   "suppliers": [{"id": "MX-RFC-BBB020202BB2", "name": "Papelera Bajío"}]}]}}"""));

            IndexSetup.ensure(cluster, MAPPER, Map.of(IndexName.PROCESSES, ProcessRebuild.create(MAPPER)));

            JsonNode process = cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/ocds-mig003-1",
                    null).path("_source");
            assertEquals("[\"R018\"]", process.path("flagCodes").toString(), "kept");
            assertEquals(2, process.at("/validation/warnings").asInt(), "kept");
            assertEquals("direct", process.path("procurementMethod").asText(), "rebuilt from the compiled release");
            JsonNode summary = summaryColumn(cluster);
            assertEquals("Compra de papelería", summary.path("title").asText());
            assertEquals("80.50", summary.at("/awarded/0/amount").asText(), "written again from the document");
            assertEquals("[\"MX-JAL\"]", summary.path("states").toString());
            ProcessPage page = ProcessSearch.create(cluster, MAPPER).download(new ProcessQuery(Optional.empty(),
                    ProcessFilter.NONE, Optional.empty(), 10, Optional.empty(), false), ProcessSummary.FIELDS, "test");
            assertEquals(1, page.hits().size());
            assertEquals(((ObjectNode) process).deepCopy().retain(ProcessSummary.FIELDS), page.hits().getFirst().process(),
                    "a download reads the fields as the source has them");
        }
    }

    /** The summary of the first process, as a download reads it: its column, no stored field loaded. */
    private static JsonNode summaryColumn(SearchCluster cluster) throws Exception {
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search",
                MAPPER.readTree("""
                        {"_source": false, "stored_fields": "_none_", "docvalue_fields": ["summary"]}"""));
        return MAPPER.readTree(Base64.getDecoder().decode(answer.at("/hits/hits/0/fields/summary/0").asText()));
    }

    /**
     * Process documents of the version before flags are flagged at the next start, from their compiled release and
     * their releases (for the publication history MX04 needs), and the population's statistics are counted.
     */
    @Test
    void processesOfTheVersionBeforeFlagsAreFlaggedAtStart() throws Exception {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER)) {
            String old = IndexName.PROCESSES.alias(cluster) + "-v3";
            ObjectNode body = MAPPER.createObjectNode();
            body.putObject("aliases").putObject(IndexName.PROCESSES.alias(cluster));
            cluster.send("PUT", "/" + old, body);
            cluster.send("PUT", "/" + old + "/_doc/ocds-mig002-1?refresh=true", MAPPER.readTree("""
                    {"key": "ocds-mig002-1", "ocid": "ocds-mig002-1", "sources": ["jal"], "releaseCount": 1,
                     "withdrawn": false, "releaseUids": ["u1"], "validation": {"errors": 0, "warnings": 0},
                     "updatedAt": "2025-01-01T00:00:00Z",
                     "compiledRelease": {"ocid": "ocds-mig002-1", "id": "c", "date": "2024-09-01T00:00:00Z",
                       "tender": {"id": "t", "procurementMethod": "open", "numberOfTenderers": 1},
                       "contracts": [{"id": "c1", "dateSigned": "2024-01-10T00:00:00Z"}]}}"""));

            IndexSetup.ensure(cluster, MAPPER, Map.of(IndexName.PROCESSES, ProcessRebuild.create(MAPPER)));
            cluster.send("PUT", "/" + IndexName.RELEASES.alias(cluster) + "/_doc/u1?refresh=true", MAPPER.readTree("""
                    {"uid": "u1", "sourceId": "jal", "ocid": "ocds-mig002-1", "json": {"ocid": "ocds-mig002-1",
                     "id": "r1", "date": "2024-09-01T00:00:00Z", "tag": ["contract"]}}"""));
            ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast()
                    .json().deepCopy(), id -> java.util.Optional.empty(), java.time.Clock.systemUTC());

            assertEquals(1, indexer.catchUpFlags());

            JsonNode process = cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/ocds-mig002-1", null)
                    .path("_source");
            assertEquals("[\"R018\",\"MX04\"]", process.path("flagCodes").toString());
            assertEquals("2024-09-01T00:00:00Z", process.at("/publication/firstReleaseDate").asText(),
                    "read from its release");
            assertEquals(indexer.flags().settings().fingerprint(), process.path("flagging").asText());
            assertEquals(200, cluster.status("HEAD", "/" + IndexName.FLAGS.alias(cluster) + "/_doc/statistics"));
            assertEquals(0, indexer.catchUpFlags(), "nothing left to flag at the next start");
        }
    }
}
