package org.ocdsnacional.indexer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.IngestResult;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.issues.GroupPage;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.issues.RunReport;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.DateRange;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.summary.SummaryBuilder;
import org.ocdsnacional.ocds.validate.IssueAggregator;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indexer against a real embedded OpenSearch node, started once for the class. */
class IndexerIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, SourceDescriptor> SOURCES = Map.of(
            "jal", new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"),
            "cmx", new SourceDescriptor("cmx", "CDMX", "MX-CMX", "state", "transparency-institute", "active",
                    "inai-edca", "0 0 3 * * ?"));

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ReleaseIndexer indexer;
    private static ProcessSearch search;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json().deepCopy(),
                id -> Optional.ofNullable(SOURCES.get(id)), Clock.systemUTC());
        search = ProcessSearch.create(cluster, MAPPER);
        List<HarvestedRelease> batch = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            String source = i % 2 == 0 ? "cmx" : "jal";
            String title = i == 7 ? "Contratación de Servicios Médicos" : "Adquisición de papelería " + i;
            batch.add(harvested(source, "ocds-abc123-" + i, title, "Secretaría de Salud " + (i % 3),
                    "Proveedora Ñandú S.A. de C.V.", new BigDecimal(i * 1000 + ".50"), i == 3 ? "USD" : "MXN",
                    "2024-01-" + String.format("%02d", i)));
        }
        IngestResult result = indexer.index(batch);
        assertEquals(List.of(), result.failures());
        indexer.refresh();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    /**
     * The embedded node is asked in-process; an external cluster over HTTP. The same node asked both ways gives
     * the same answers, bulk results per document, error reasons and statuses.
     */
    @Test
    void inProcessAndOverHttpTheNodeAnswersAlike() {
        try (SearchCluster overHttp = SearchCluster.open(ClusterConfig.external(cluster.uris()), MAPPER)) {
            assertTrue(cluster.isEmbedded());
            assertFalse(overHttp.isEmbedded());
            ProcessQuery all = query(null, ProcessFilter.NONE, 100, null);
            assertEquals(25, search.search(all).total());
            assertEquals(25, ProcessSearch.create(overHttp, MAPPER).search(all).total());
            for (SearchCluster way : List.of(cluster, overHttp)) {
                String index = "scratch-" + (way.isEmbedded() ? "in-process" : "http");
                way.send("PUT", "/" + index, MAPPER.createObjectNode().set("mappings", MAPPER.createObjectNode()
                        .set("properties", MAPPER.createObjectNode().set("n", MAPPER.createObjectNode()
                                .put("type", "integer")))));
                List<String> failures = BulkWriter.create(way, MAPPER).index(index, Map.of(
                        "good", MAPPER.createObjectNode().put("n", 1).put("name", "Ñandú"),
                        "bad", MAPPER.createObjectNode().put("n", "not a number")));
                assertEquals(1, failures.size(), failures.toString());
                assertTrue(failures.getFirst().startsWith("bad: mapper_parsing_exception: "), failures.getFirst());
                way.send("POST", "/" + index + "/_refresh", null);
                assertEquals("Ñandú", way.send("GET", "/" + index + "/_doc/good", null).at("/_source/name").asText());
                assertEquals(200, way.status("HEAD", "/" + index));
                assertEquals(404, way.status("HEAD", "/no-such-index"));
                ClusterException missing = assertThrows(ClusterException.class,
                        () -> way.send("POST", "/no-such-index/_search", MAPPER.createObjectNode()));
                assertTrue(missing.getMessage().contains("404") && missing.getMessage()
                        .contains("index_not_found_exception"), missing.getMessage());
                way.send("DELETE", "/" + index, null);
            }
        }
    }

    @Test
    void freeTextIgnoresAccentsAndCase() {
        ProcessPage page = search.search(query("CONTRATACION servicios medicos", ProcessFilter.NONE, 10, null));
        assertEquals(1, page.total());
        assertEquals("Contratación de Servicios Médicos", page.hits().getFirst().process().path("title").asText());
    }

    @Test
    void hitsCarryTheCompiledReleaseOnlyWhenAsked() {
        ProcessQuery full = query(null, ProcessFilter.NONE, 5, null);
        ProcessQuery light = new ProcessQuery(full.text(), full.filter(), full.order(), 5, full.after(), false);
        for (ProcessPage.Hit hit : search.search(full).hits()) {
            assertTrue(hit.process().path("compiledRelease").has("ocid"), hit.process().toString());
            assertTrue(hit.process().path("fullText").isMissingNode(), "search-only text stays in the index");
        }
        for (ProcessPage.Hit hit : search.search(light).hits()) {
            assertTrue(hit.process().path("compiledRelease").isMissingNode());
            assertFalse(hit.process().path("ocid").asText().isEmpty(), "the searchable fields are there");
        }
    }

    @Test
    void filtersBySourceStateBuyerSupplierDateAndAmount() {
        assertEquals(12, search.search(query(null, filter(List.of("cmx"), List.of(), null, null, null, null), 50,
                null)).total());
        assertEquals(13, search.search(query(null, filter(List.of(), List.of("MX-JAL"), null, null, null, null), 50,
                null)).total());
        assertEquals(8, search.search(query(null, filter(List.of(), List.of(), "secretaria salud 0", null, null,
                null), 50, null)).total());
        assertEquals(25, search.search(query(null, filter(List.of(), List.of(), null, "proveedora nandu", null,
                null), 50, null)).total());
        var january = new DateRange(DateField.RELEASE, Optional.of("2024-01-10"), Optional.of("2024-01-12"));
        assertEquals(3, search.search(query(null, filter(List.of(), List.of(), null, null, january, null), 50,
                null)).total());
        var amounts = new AmountRange(Optional.of("MXN"), Optional.of(new BigDecimal("2000")),
                Optional.of(new BigDecimal("5000.50")));
        assertEquals(3, search.search(query(null, filter(List.of(), List.of(), null, null, null, amounts), 50,
                null)).total(), "2000.50, 4000.50 and 5000.50 in MXN; 3000.50 is USD");
    }

    @Test
    void cursorsPageWithoutOverlapAndRefuseForeignCursors() {
        Set<String> seen = new HashSet<>();
        ProcessPage page = search.search(query(null, ProcessFilter.NONE, 10, null));
        int pages = 1;
        page.hits().forEach(hit -> seen.add(hit.process().path("key").asText()));
        while (page.hasNext()) {
            page = search.search(query(null, ProcessFilter.NONE, 10, page.hits().getLast().cursor()));
            page.hits().forEach(hit -> assertTrue(seen.add(hit.process().path("key").asText()), "overlap"));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(25, seen.size());
        String dateCursor = search.search(query(null, ProcessFilter.NONE, 1, null)).hits().getFirst().cursor();
        assertThrows(InvalidQueryException.class, () -> search.search(query("papeleria", ProcessFilter.NONE, 1,
                dateCursor)));
    }

    @Test
    void summaryAddsAwardedAmountsPerCurrencyAndState() {
        ProcessAggregations aggregations = ProcessAggregations.create(cluster, MAPPER);
        Group totals = aggregations.answer(ProcessFilter.NONE, Aggregation.totals());
        assertEquals(25, totals.processes());
        // MXN: sum of i*1000 + 0.50 for i in 1..25 except 3 = 325000 - 3000 + 24 * 0.50
        assertEquals(new BigDecimal("322012.00"), amount(totals, "MXN"));
        assertEquals(new BigDecimal("3000.50"), amount(totals, "USD"));
        Group jalisco = aggregations.groups(ProcessFilter.NONE, Dimension.STATE, DateField.RELEASE, 10).stream()
                .filter(g -> g.key().equals("MX-JAL")).findFirst().orElseThrow();
        assertEquals(13, jalisco.processes());
    }

    @Test
    void reindexingTheSameReleasesAddsNoDuplicates() {
        HarvestedRelease again = harvested("jal", "ocds-abc123-1", "Adquisición de papelería 1",
                "Secretaría de Salud 1", "Proveedora Ñandú S.A. de C.V.", new BigDecimal("1000.50"), "MXN",
                "2024-01-01");
        indexer.index(List.of(again));
        indexer.refresh();
        assertEquals(25, search.search(query(null, ProcessFilter.NONE, 1, null)).total());
        JsonNode process = search.process("OCDS-ABC123-1", Optional.empty()).orElseThrow();
        assertEquals(1, process.path("releaseCount").asInt());
    }

    @Test
    void runsAreStoredAndTheLatestPerSourceIsFound() {
        RunStore runs = RunStore.create(cluster, MAPPER);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        runs.save(HarvestRun.start("r1", "jal", RunTrigger.SCHEDULE, t0)
                .finish(RunState.SUCCEEDED, t0.plusSeconds(5), RunCounts.ZERO, Optional.empty()));
        runs.save(HarvestRun.start("r2", "jal", RunTrigger.MANUAL, t0.plusSeconds(60))
                .finish(RunState.FAILED, t0.plusSeconds(61), RunCounts.ZERO,
                        Optional.of(new RunError("http://x", Optional.of(500), "HTTP 500"))));
        HarvestRun latest = runs.latest(List.of("jal", "cmx")).get("jal");
        assertEquals("r2", latest.runId());
        assertEquals(Optional.of(500), latest.error().orElseThrow().status());
        assertFalse(runs.latest(List.of("cmx")).containsKey("cmx"));
    }

    @Test
    void eachRunsIssueGroupsArePagedBesideThePreviousRunsCounts() {
        IssueStore issues = IssueStore.create(cluster, MAPPER);
        Instant t0 = Instant.parse("2026-02-01T00:00:00Z");
        HarvestRun first = HarvestRun.start("v1", "val", RunTrigger.SCHEDULE, t0);
        HarvestRun second = HarvestRun.start("v2", "val", RunTrigger.SCHEDULE, t0.plusSeconds(3600));
        issues.save(first, report(Map.of("/date", 5, "/tender/id", 2)));
        issues.save(second, report(Map.of("/date", 3, "/awards/0/id", 1, "/awards/1/id", 1, "/buyer/name", 4)));

        GroupPage page = issues.groups("v2", 2, 0, Optional.empty());
        assertEquals(3, page.total(), "/awards/0/id and /awards/1/id are one group");
        assertTrue(page.hasNext());
        assertEquals(List.of("schema.required /buyer/name=4 before 0", "schema.required /date=3 before 5"),
                page.groups().stream().map(g -> g.key() + "=" + g.count() + " before "
                        + g.previousCount().orElse(-1)).toList());
        GroupPage rest = issues.groups("v2", 2, 2, Optional.empty());
        assertEquals("schema.required /awards/id", rest.groups().getFirst().key());
        assertFalse(rest.hasNext());
        assertTrue(issues.groups("v1", 10, 0, Optional.empty()).groups().stream()
                .allMatch(g -> g.previousCount().isEmpty()), "the first run has nothing before it");
        RunReport report = issues.report("v2").orElseThrow();
        assertEquals(Optional.of("v1"), report.previousRunId());
        assertEquals(9, report.errors());
        assertEquals(2, report.summary().path("releases").asInt());
        assertEquals(0, issues.groups("v2", 10, 0, Optional.of("WARNING")).total());
    }

    @Test
    void aSecondNodeOnTheSameDataFolderIsRefusedClearly() {
        ClusterException refused = assertThrows(ClusterException.class,
                () -> SearchCluster.open(ClusterConfig.embedded(home), MAPPER));
        assertTrue(refused.getMessage().contains("in use by another"), refused.getMessage());
    }

    /** A report of {@code counts} missing-field errors per path, over two releases. */
    private static ValidationReport report(Map<String, Integer> counts) {
        IssueAggregator aggregator = IssueAggregator.create(0, 100);
        counts.forEach((path, count) -> {
            for (int i = 0; i < count; i++) {
                aggregator.add(new ValidationIssue(Severity.ERROR, "schema.required", path, "", "", "Falta", "Missing",
                        "ocds-abc123-1", "r" + i));
            }
        });
        SummaryBuilder summary = SummaryBuilder.create();
        summary.release(MAPPER.createObjectNode().put("ocid", "ocds-abc123-1").put("id", "r1"));
        summary.release(MAPPER.createObjectNode().put("ocid", "ocds-abc123-2").put("id", "r1"));
        return new ValidationReport(List.of(), aggregator.count(Severity.ERROR), 0, 0, List.of(), aggregator.groups(),
                0, summary.build());
    }

    private static BigDecimal amount(Group group, String currency) {
        return group.awarded().stream().filter(m -> m.currency().equals(currency)).findFirst().orElseThrow()
                .amount();
    }

    private static ProcessQuery query(String text, ProcessFilter filter, int first, String after) {
        return new ProcessQuery(Optional.ofNullable(text), filter, Optional.empty(), first,
                Optional.ofNullable(after), true);
    }

    private static ProcessFilter filter(List<String> sources, List<String> states, String buyer, String supplier,
                                        DateRange date, AmountRange amount) {
        return ProcessFilter.builder().sources(sources).states(states).buyerName(Optional.ofNullable(buyer))
                .supplierName(Optional.ofNullable(supplier)).dates(date == null ? List.of() : List.of(date))
                .amount(Optional.ofNullable(amount)).build();
    }

    private static HarvestedRelease harvested(String source, String ocid, String title, String buyer,
                                              String supplier, BigDecimal amount, String currency, String date) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", ocid + "-1").put("date", date + "T00:00:00Z");
        json.putArray("tag").add("award");
        json.putObject("buyer").put("id", "MX-RFC-SSA").put("name", buyer);
        json.putObject("tender").put("id", "t1").put("title", title);
        ObjectNode award = json.putArray("awards").addObject().put("id", "a1").put("status", "active");
        award.putObject("value").put("amount", amount).put("currency", currency);
        award.putArray("suppliers").addObject().put("id", "MX-RFC-PNA010101AAA").put("name", supplier);
        return new HarvestedRelease(source, "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of(), "https://example.org/" + source + ".json");
    }
}
