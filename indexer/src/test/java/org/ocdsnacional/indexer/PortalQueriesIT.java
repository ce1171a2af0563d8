package org.ocdsnacional.indexer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the portal asks of the query layer beyond the API: highlighted passages, paging back, counts of a search with
 * text, and the recent runs of every source. Against a real embedded node, started once for the class.
 */
class PortalQueriesIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, SourceDescriptor> SOURCES = Map.of(
            "jal", new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"),
            "yuc", new SourceDescriptor("yuc", "Yucatán", "MX-YUC", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"));

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ProcessSearch search;
    private static ProcessAggregations aggregations;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER,
                (releases, pkg) -> releases.getLast().json().deepCopy(), id -> Optional.ofNullable(SOURCES.get(id)),
                Clock.systemUTC());
        List<HarvestedRelease> batch = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            String title = i % 3 == 0 ? "Suministro de medicamentos para la clínica " + i
                    : "Pavimentación de la calle " + i;
            batch.add(release(i % 2 == 0 ? "yuc" : "jal", "ocds-p0rt4l-" + i, title, "2024-03-" + (i < 10 ? "0" : "")
                    + i));
        }
        batch.add(release("jal", "ocds-p0rt4l-html", "Compra de <script>alert(1)</script> Médicos", "2024-04-01"));
        assertEquals(List.of(), indexer.index(batch).failures());
        indexer.refresh();
        search = ProcessSearch.create(cluster, MAPPER);
        aggregations = ProcessAggregations.create(cluster, MAPPER);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void hitsCarryTheMatchingPassagesMarkedAndUnescapedWhenAsked() {
        ProcessPage page = search.search(new ProcessQuery(Optional.of("medicos"), ProcessFilter.NONE, Optional.empty(),
                10, Optional.empty(), false, true));
        ProcessPage plain = search.search(new ProcessQuery(Optional.of("medicos"), ProcessFilter.NONE,
                Optional.empty(), 10, Optional.empty(), false));

        assertEquals(1, page.total());
        List<String> title = page.hits().getFirst().highlights().get("title");
        assertEquals(List.of("Compra de <script>alert(1)</script> " + ProcessPage.Hit.MATCH_START + "Médicos"
                + ProcessPage.Hit.MATCH_END), title, "accents folded to match, the text as published");
        assertEquals(Map.of(), plain.hits().getFirst().highlights());
    }

    @Test
    void pagingBackGivesThePagesForwardGaveInTheSameOrder() {
        for (ProcessOrder order : List.of(new ProcessOrder(ProcessOrder.Field.DATE, false, "MXN"),
                new ProcessOrder(ProcessOrder.Field.AMOUNT, true, "MXN"))) {
            ProcessQuery first = new ProcessQuery(Optional.empty(), ProcessFilter.NONE, Optional.of(order), 5,
                    Optional.empty(), false);
            List<List<String>> forward = new ArrayList<>();
            List<ProcessPage> pages = new ArrayList<>();
            ProcessPage page = search.search(first);
            pages.add(page);
            forward.add(ocids(page));
            while (page.hasNext()) {
                page = search.search(new ProcessQuery(Optional.empty(), ProcessFilter.NONE, Optional.of(order), 5,
                        Optional.of(page.hits().getLast().cursor()), false));
                pages.add(page);
                forward.add(ocids(page));
            }
            assertEquals(5, forward.size(), order.toString());
            for (int i = pages.size() - 1; i > 0; i--) {
                ProcessPage back = search.searchBefore(first, pages.get(i).hits().getFirst().cursor());
                assertEquals(forward.get(i - 1), ocids(back), order + ", page " + i);
                assertEquals(i > 1, back.hasNext(), "more before page " + (i - 1));
                assertEquals(24, back.total());
            }
        }
    }

    @Test
    void countsBesideASearchCountWhatItsTextMatches() {
        Aggregation<List<Group>> byState = Aggregation.groups(Dimension.STATE, DateField.RELEASE, 10);
        Answers withText = aggregations.answer(Optional.of("medicamentos"), ProcessFilter.NONE,
                List.of(byState, Aggregation.totals()));
        Answers all = aggregations.answer(ProcessFilter.NONE, List.of(Aggregation.totals()));

        assertEquals(7, withText.find(Aggregation.totals()).orElseThrow().processes());
        assertEquals(24, all.find(Aggregation.totals()).orElseThrow().processes());
        long inStates = withText.find(byState).orElseThrow().stream().mapToLong(Group::processes).sum();
        assertEquals(7, inStates);
    }

    @Test
    void theRecentRunsOfEverySourceComeNewestFirstInOneRequest() {
        RunStore runs = RunStore.create(cluster, MAPPER);
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        for (int i = 0; i < 4; i++) {
            runs.save(HarvestRun.start("jal-" + i, "jal", RunTrigger.SCHEDULE, start.plusSeconds(i * 3600L))
                    .finish(i == 2 ? RunState.FAILED : RunState.SUCCEEDED, start.plusSeconds(i * 3600L + 60),
                            RunCounts.ZERO, Optional.empty()));
        }
        runs.save(HarvestRun.start("yuc-0", "yuc", RunTrigger.MANUAL, start));

        Map<String, List<HarvestRun>> recent = runs.recent(List.of("jal", "yuc", "never"), 3);

        assertEquals(List.of("jal-3", "jal-2", "jal-1"), recent.get("jal").stream().map(HarvestRun::runId).toList());
        assertEquals(RunState.FAILED, recent.get("jal").get(1).state());
        assertEquals(List.of("yuc-0"), recent.get("yuc").stream().map(HarvestRun::runId).toList());
        assertFalse(recent.containsKey("never"));
        assertTrue(runs.recent(List.of(), 3).isEmpty());
    }

    private static List<String> ocids(ProcessPage page) {
        return page.hits().stream().map(hit -> hit.process().path("ocid").asText()).toList();
    }

    private static HarvestedRelease release(String source, String ocid, String title, String date) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", ocid + "-1").put("date", date + "T00:00:00Z");
        json.putArray("tag").add("award");
        json.putObject("buyer").put("id", "MX-RFC-SSA").put("name", "Secretaría de Salud");
        json.putObject("tender").put("id", "t1").put("title", title).put("procurementMethod", "open");
        ObjectNode award = json.putArray("awards").addObject().put("id", "a1").put("status", "active");
        int amount = Math.abs(ocid.hashCode() % 100_000);
        award.putObject("value").put("amount", new BigDecimal(amount + ".25")).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", "MX-RFC-PNA010101AAA").put("name", "Proveedora");
        return new HarvestedRelease(source, "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of(), "https://example.org/" + source + ".json");
    }
}
