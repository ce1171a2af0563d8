package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query, filter and limit of the API, over HTTP, against a real embedded OpenSearch node holding
 * {@link KnownProcesses}: the numbers asserted are worked out by hand from that data.
 */
class ApiIT {

    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ApiServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        Map<String, SourceDescriptor> sources = new HashMap<>();
        KnownProcesses.SOURCES.forEach(source -> sources.put(source.id(), source));
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> Optional.ofNullable(sources.get(id)), Clock.systemUTC());
        indexer.index(KnownProcesses.releases());
        indexer.refresh();
        RunStore runs = RunStore.create(cluster, MAPPER);
        saveRuns(runs);
        ApiBackend backend = ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER),
                () -> KnownProcesses.SOURCES);
        server = ApiServer.builder().host("127.0.0.1").port(0).backend(backend).admin(FakeAdmin.idle())
                .config(ApiConfig.DEFAULTS).mapper(MAPPER).start();
        api = new ApiClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        cluster.close();
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', value = {
            "{}|8",
            "{states: [MX_JAL]}|4",
            "{states: [FEDERAL, MX_CMX]}|4",
            "{levels: [MUNICIPAL]}|1",
            "{sources: [\"jal\"]}|3",
            "{procurementMethods: [OPEN]}|4",
            "{mainProcurementCategories: [WORKS, SERVICES]}|3",
            "{tenderStatuses: [CANCELLED]}|1",
            "{awardStatuses: [CANCELLED]}|1",
            "{supplierId: \"faz-010101-ab1\"}|4",
            "{supplierName: \"farmaceutica\"}|4",
            "{buyerName: \"salud jalisco\"}|3",
            "{buyerId: \"SHC850101AB1\"}|2",
            "{organizationId: \"MX-RFC-FAZ010101AB1\"}|4",
            "{directAward: true}|2",
            "{singleBidder: true}|1",
            "{tenderers: {min: 3}}|3",
            "{amount: {currency: \"MXN\", min: \"300000\", max: \"2000000\"}}|3",
            "{amount: {currency: \"USD\"}}|1",
            "{date: {field: AWARD, from: \"2024-01-01\"}}|3",
            "{dates: [{field: RELEASE, from: \"2023-01-01\", to: \"2023-12-31\"}]}|3",
    })
    void filters(String filter, int expected) {
        assertEquals(expected, api.data("{ processes(filter: " + filter + ") { totalCount totalCountIsExact } }")
                .at("/processes/totalCount").asInt());
    }

    @Test
    void freeTextMatchesWordFormsWithoutAccents() {
        JsonNode page = api.data("{ processes(query: \"MEDICAMENTO\") { totalCount edges { node { ocid } } } }");
        assertEquals(3, page.at("/processes/totalCount").asInt(), "medicamento, medicamentos, Medicamentos");
        assertTrue(page.at("/processes/totalCount").isInt());
        JsonNode syntax = api.data("{ processes(query: \"medicamentos AND (title:* OR \\\"\") { totalCount } }");
        assertEquals(0, syntax.at("/processes/totalCount").asInt(), "query syntax is only words");
    }

    @Test
    void orderingByAmountPutsTheLargestAwardFirstAndTheOthersLast() {
        JsonNode edges = api.data("{ processes(orderBy: {field: AMOUNT, direction: DESC, currency: \"MXN\"}, "
                + "first: 8) { edges { node { ocid } } } }").at("/processes/edges");
        List<String> order = ocids(edges);
        assertEquals(List.of("ocds-test01-P3", "ocds-test01-P6", "ocds-test01-P1", "ocds-test01-P5",
                "ocds-test01-P2"), order.subList(0, 5), "P7's award is cancelled, P4 is in USD, P8 has no award");
        JsonNode ascending = api.data("{ processes(orderBy: {field: DATE, direction: ASC}, first: 1) "
                + "{ edges { node { ocid } } } }");
        assertEquals("ocds-test01-P8", ascending.at("/processes/edges/0/node/ocid").asText());
    }

    @Test
    void pagesContinueThroughAPointInTimeWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            String arguments = after == null ? "first: 3" : "first: 3, after: \"" + after + "\"";
            JsonNode page = api.data("{ processes(" + arguments + ") { edges { node { ocid } } "
                    + "pageInfo { hasNextPage endCursor } } }").path("processes");
            seen.addAll(ocids(page.path("edges")));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        assertEquals(8, seen.size());
        assertEquals(8, seen.stream().distinct().count());
    }

    @Test
    void anExpiredCursorSaysSoAndAForgedOneIsTheClientsMistake() {
        String page = "query($after: String) { processes(first: 3, after: $after) { edges { node { ocid } } "
                + "pageInfo { endCursor } } }";
        JsonNode first = api.post(page, Map.of()).at("/data/processes/pageInfo/endCursor");
        JsonNode second = api.post(page, Map.of("after", first.asText()));
        assertEquals(3, second.at("/data/processes/edges").size(), second.toString());
        assertEquals(1 + 50 + 3 * (3 + 2), second.at("/extensions/cost/requested").asLong(),
                "a page after the first pays for its point in time");
        String onPointInTime = second.at("/data/processes/pageInfo/endCursor").asText();
        cluster.send("DELETE", "/_search/point_in_time/_all", null);

        JsonNode expired = api.post(page, Map.of("after", onPointInTime));
        assertEquals("CURSOR_EXPIRED", expired.at("/errors/0/extensions/code").asText(), expired.toString());
        assertTrue(expired.at("/errors/0/message").asText().startsWith("Este cursor expiró; vuelva a la primera "
                + "página"), expired.toString());
        assertTrue(expired.at("/errors/0/message").asText().contains("This cursor expired; start again from the "
                + "first page"), expired.toString());

        String forged = onPointInTime.substring(0, onPointInTime.length() - 2) + "AA";
        JsonNode refused = api.post(page, Map.of("after", forged));
        assertEquals("BAD_USER_INPUT", refused.at("/errors/0/extensions/code").asText(), refused.toString());
        assertTrue(refused.at("/errors/0/message").asText().contains("not valid"), refused.toString());
    }

    @Test
    void aProcessComesAsTypedOcdsWithItsReleasesAndSources() {
        JsonNode process = api.data("{ process(ocid: \"OCDS-TEST01-P2\") { title directAward singleBidder "
                + "numberOfTenderers publishedBy { id state } releases { id source tags date errors } "
                + "compiledRelease { tender { procurementMethod numberOfTenderers } "
                + "awards { value { amount currency } suppliers { name } } } "
                + "suppliers { name orgId } } }").path("process");
        assertEquals("Adquisición de medicamento", process.path("title").asText());
        assertTrue(process.path("directAward").asBoolean());
        assertFalse(process.path("singleBidder").asBoolean(), "a direct award is not a single-bid tender");
        assertEquals("MX-JAL", process.at("/publishedBy/0/state").asText());
        assertEquals("ocds-test01-P2-r1", process.at("/releases/0/id").asText());
        assertEquals("2023-11-20T12:00:00Z", process.at("/releases/0/date").asText(), "read without the release");
        assertEquals(0, process.at("/releases/0/errors").asInt());
        assertEquals("250000.50", process.at("/compiledRelease/awards/0/value/amount").asText(), "exact as published");
        assertEquals("MX-RFC-FAZ010101AB1", process.at("/suppliers/0/orgId").asText());
    }

    @Test
    void eachProcessOfAPageGetsItsOwnReleases() {
        JsonNode edges = api.data("{ processes(first: 8, orderBy: {field: DATE, direction: ASC}) { edges { node { "
                + "ocid releases { id } validationIssues { type } } } } }").at("/processes/edges");
        assertEquals(8, edges.size());
        for (JsonNode edge : edges) {
            String ocid = edge.at("/node/ocid").asText();
            JsonNode releases = edge.at("/node/releases");
            assertEquals(1, releases.size(), ocid + ": " + releases);
            assertEquals(ocid + "-r1", releases.at("/0/id").asText(), "the process's own release");
            assertTrue(edge.at("/node/validationIssues").isArray(), ocid);
        }
    }

    @Test
    void aPageCarriesCompiledReleasesOnlyWhenAsked() {
        JsonNode edges = api.data("{ processes(first: 3) { edges { node { ocid compiledRelease { ocid } "
                + "compiledReleaseJson } } } }").at("/processes/edges");
        assertEquals(3, edges.size());
        for (JsonNode edge : edges) {
            String ocid = edge.at("/node/ocid").asText();
            assertEquals(ocid, edge.at("/node/compiledRelease/ocid").asText());
            assertEquals(ocid, edge.at("/node/compiledReleaseJson/ocid").asText());
        }
    }

    @Test
    void ocdsPackagesOfAProcessAreServedForOtherTools() {
        String link = api.data("{ process(ocid: \"ocds-test01-P6\") { recordPackageUrl } }")
                .at("/process/recordPackageUrl").asText();
        ApiClient.Answer record = api.get(link);
        assertEquals(200, record.status());
        assertEquals("1.1", record.body().path("version").asText());
        assertEquals("ocds-test01-P6", record.body().at("/records/0/ocid").asText());
        assertEquals(1, record.body().at("/records/0/releases").size());
        assertEquals("2000000", record.body().at("/records/0/compiledRelease/awards/0/value/amount").asText());
        ApiClient.Answer releases = api.get("/ocds/release-package?ocid=ocds-test01-P6");
        assertEquals("ocds-test01-P6-r1", releases.body().at("/releases/0/id").asText());
        assertEquals(404, api.get("/ocds/record-package?ocid=ocds-nope00-1").status());
        assertEquals(400, api.get("/ocds/release-package").status());
    }

    @Test
    void summaryCountsAndSumsByEveryDimension() {
        JsonNode summary = api.data("{ summary { processCount awarded { amount currency } "
                + "byState { key processCount } byLevel { key processCount } byMethod { key processCount } "
                + "byYear { key processCount } byMonth { key processCount } byCategory { key processCount } "
                + "directAwardShare singleBidderShare } }").path("summary");
        assertEquals(8, summary.path("processCount").asInt());
        assertEquals("8550000.50", amount(summary.path("awarded"), "MXN"));
        assertEquals("100000.00", amount(summary.path("awarded"), "USD"));
        assertEquals(Map.of("MX-JAL", 4, "federal", 2, "MX-CMX", 2), counts(summary.path("byState")));
        assertEquals(Map.of("state", 5, "municipal", 1, "federal", 2), counts(summary.path("byLevel")));
        assertEquals(Map.of("open", 4, "direct", 2, "selective", 1, "limited", 1), counts(summary.path("byMethod")));
        assertEquals(Map.of("2021", 1, "2022", 1, "2023", 3, "2024", 3), counts(summary.path("byYear")),
                "P3 (2024-01-01T03:00Z) is New Year's Eve in Mexico City");
        assertEquals(1, counts(summary.path("byMonth")).get("2023-12"));
        assertEquals(Map.of("goods", 5, "works", 1, "services", 2), counts(summary.path("byCategory")));
        assertEquals(0.25, summary.path("directAwardShare").asDouble(), 1e-9);
        assertEquals(0.2, summary.path("singleBidderShare").asDouble(), 1e-9, "P3 of P1, P3, P4, P6, P7");
    }

    @Test
    void aSummaryIsOneSearchAndEachAliasHasItsOwnArguments() {
        String filter = "(filter: {states: [MX_JAL, MX_CMX]})";
        long before = searches();
        JsonNode summary = api.data("{ summary" + filter + " { processCount awarded { amount currency } "
                + "byState { key processCount } released: byYear { key processCount } "
                + "awardedIn: byYear(date: AWARD) { key processCount } one: topSuppliers(first: 1) { id } "
                + "two: topSuppliers(first: 2) { id } directAwardShare singleBidderShare } }").path("summary");
        assertEquals(1, searches() - before, "every field of one summary from a single search");
        assertEquals(6, summary.path("processCount").asInt());
        assertEquals(Map.of("MX-JAL", 4, "MX-CMX", 2), counts(summary.path("byState")));
        for (String date : List.of("RELEASE", "AWARD")) {
            JsonNode alone = api.data("{ summary" + filter + " { byYear(date: " + date + ") { key processCount } } }")
                    .at("/summary/byYear");
            assertEquals(counts(alone), counts(summary.path(date.equals("AWARD") ? "awardedIn" : "released")), date);
        }
        assertEquals(1, summary.path("one").size());
        assertEquals(2, summary.path("two").size());
        assertEquals(summary.at("/one/0/id"), summary.at("/two/0/id"));
    }

    @Test
    void aRoleProfileIsOneSearchWhateverItAsks() {
        String organization = "organization(id: \"MX-RFC-FAZ010101AB1\")";
        long before = searches();
        api.data("{ " + organization + " { id } }");
        long find = searches() - before;
        before = searches();
        JsonNode profile = api.data("{ " + organization + " { asSupplier { processCount awarded { amount currency } "
                + "byState { key processCount } byYear { key } counterparties(first: 3) { id } } } }")
                .at("/organization/asSupplier");
        assertEquals(find + 1, searches() - before, "the profile's five fields from one search");
        assertTrue(profile.path("processCount").asInt() > 0, profile.toString());
        assertEquals(profile.path("processCount").asInt(), counts(profile.path("byState")).values().stream()
                .mapToInt(Integer::intValue).sum());
        assertFalse(profile.path("counterparties").isEmpty());
    }

    @Test
    void aSummaryFieldWithRefusedArgumentsGetsItsOwnError() {
        JsonNode answer = api.post("{ summary { processCount topSuppliers(orderBy: {by: AMOUNT, currency: \"\"}) "
                + "{ id } } }", Map.of());
        JsonNode error = answer.path("errors").path(0);
        assertEquals("[\"summary\",\"topSuppliers\"]", error.path("path").toString());
        assertTrue(error.path("message").asText().contains("currency"), error.toString());
    }

    /** Searches the node has run so far (query phases, one shard per index here). */
    private static long searches() {
        return cluster.send("GET", "/_nodes/stats/indices/search", null).path("nodes").elements().next()
                .at("/indices/search/query_total").asLong();
    }

    @Test
    void topSuppliersByAmountAndByCount() {
        JsonNode byAmount = api.data("{ summary { topSuppliers(first: 3, orderBy: {by: AMOUNT, currency: \"MXN\"}) "
                + "{ id name processCount awarded { amount currency } } } }").at("/summary/topSuppliers");
        assertEquals(List.of("MX-RFC-CBA020202XY9", "MX-RFC-FAZ010101AB1", "MX-RFC-DNA030303QQ1"), ids(byAmount));
        assertEquals("3550000.50", amount(byAmount.get(1).path("awarded"), "MXN"));
        JsonNode byCount = api.data("{ summary(filter: {states: [MX_JAL]}) { topBuyers(first: 1) "
                + "{ id processCount } topSuppliers(first: 1) { id processCount } } }").path("summary");
        assertEquals("nombre:secretaria de salud jalisco", byCount.at("/topBuyers/0/id").asText());
        assertEquals(3, byCount.at("/topBuyers/0/processCount").asInt());
        assertEquals("MX-RFC-FAZ010101AB1", byCount.at("/topSuppliers/0/id").asText());
        assertEquals(2, byCount.at("/topSuppliers/0/processCount").asInt());
    }

    @Test
    void anOrganizationIsResolvedAcrossSpellingsWithItsProfile() {
        JsonNode org = api.data("{ organization(id: \"faz 010101 ab1\") { id evidence rfc names "
                + "asSupplier { processCount awarded { amount currency } byState { key processCount } "
                + "counterparties { id processCount } } asBuyer { processCount } "
                + "processes(first: 10) { totalCount } } }").path("organization");
        assertEquals("MX-RFC-FAZ010101AB1", org.path("id").asText());
        assertEquals("rfc", org.path("evidence").asText());
        assertEquals(3, org.path("names").size(), "three spellings (one used twice): " + org.path("names"));
        assertEquals(4, org.at("/asSupplier/processCount").asInt());
        assertEquals("3550000.50", amount(org.at("/asSupplier/awarded"), "MXN"));
        assertEquals(Map.of("MX-JAL", 2, "federal", 1, "MX-CMX", 1), counts(org.at("/asSupplier/byState")));
        assertEquals("nombre:secretaria de salud jalisco", org.at("/asSupplier/counterparties/0/id").asText());
        assertEquals(0, org.at("/asBuyer/processCount").asInt());
        assertEquals(4, org.at("/processes/totalCount").asInt());
    }

    @Test
    void organizationsAreSearchedByNameAndRole() {
        JsonNode found = api.data("{ organizations(query: \"AZTECA\") { id processCount } }").path("organizations");
        assertEquals(List.of("MX-RFC-FAZ010101AB1"), ids(found));
        JsonNode buyers = api.data("{ organizations(role: BUYER, first: 2) { id processCount } }")
                .path("organizations");
        assertEquals("nombre:secretaria de salud jalisco", buyers.at("/0/id").asText());
        assertEquals(2, buyers.size());
        assertTrue(api.data("{ organization(id: \"XXX990101ZZ9\") { id } }").path("organization").isNull());
    }

    @Test
    void sourcesShowProcessCountsLatestRunsAndPagedRuns() {
        JsonNode jal = api.data("{ source(id: \"jal\") { processCount lastRun { id state error { status } } "
                + "lastSuccess { id } runs(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }")
                .path("source");
        assertEquals(3, jal.path("processCount").asInt());
        assertEquals("r3", jal.at("/lastRun/id").asText());
        assertEquals(503, jal.at("/lastRun/error/status").asInt());
        assertEquals("r2", jal.at("/lastSuccess/id").asText());
        assertEquals(List.of("r3", "r2"), runIds(jal.at("/runs/edges")));
        String next = jal.at("/runs/pageInfo/endCursor").asText();
        JsonNode older = api.data("{ source(id: \"jal\") { runs(first: 2, after: \"" + next + "\") "
                + "{ edges { node { id } } pageInfo { hasNextPage } } } }").at("/source/runs");
        assertEquals(List.of("r1"), runIds(older.path("edges")));
        assertFalse(older.at("/pageInfo/hasNextPage").asBoolean());
        assertEquals(4, api.data("{ sources(status: [ACTIVE]) { id } }").path("sources").size());
        assertEquals(0, api.data("{ sources(status: [FROZEN, RETIRED]) { id } }").path("sources").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{ processes(first: 101) { totalCount } }|between 1 and 100",
            "{ processes(orderBy: {field: RELEVANCE}) { totalCount } }|needs a «query»",
            "{ processes(after: \"bm9wZQ\") { totalCount } }|cursor is not valid",
            "{ source(id: \"jal\") { runs(after: \"WyJ4IiwieSJd\") { edges { cursor } } } }|runs cursor is not valid",
            "{ source(id: \"jal\") { runs(after: \"WzFd\") { edges { cursor } } } }|runs cursor is not valid",
            "{ run(id: \"r2\") { issues(after: \"aXNzdWVzOi03\") { totalCount } } }|not a cursor",
            "{ run(id: \"r2\") { issues(after: \"aXNzdWVzOjk5OTk5\") { totalCount } } }|not a cursor",
            "{ processes(filter: {date: {from: \"ayer\"}}) { totalCount } }|not an ISO 8601 date",
            "{ processes(filter: {date: {from: \"2024-02-01\", to: \"2024-01-31\"}}) { totalCount } }|starts",
            "{ processes(filter: {date: {from: \"+99999-01-01T00:00:00Z\"}}) { totalCount } }|four digits",
            "{ processes(filter: {amount: {min: \"2000\", max: \"1000\"}}) { totalCount } }|exceeds the maximum",
            "{ source(id: \"jal\") { runs(after: \"eyJ2IjoxLCJzIjpbXX0\") { edges { cursor } } } }|not valid",
            "{ processes(filter: {states: [Jalisco]}) { totalCount } }|allowed values: MX_AGU, MX_BCN",
            "{ processes(filter: {states: [\"MX-JAL\"]}) { totalCount } }|allowed values: MX_AGU, MX_BCN",
            "{ summary(filter: {levels: [estatal]}) { processCount } }|allowed values: FEDERAL, STATE, MUNICIPAL",
            "{ processes(filter: {procurementMethods: [ADJUDICACION]}) { totalCount } }|allowed values: OPEN",
            "{ processes(filter: {sources: [\"nope\"]}) { totalCount } }|use one of cmx, fed, gdl, jal",
            "{ process(ocid: \"10\", source: \"nope\") { key } }|use one of cmx, fed, gdl, jal",
            "{ processes(filter: {amount: {currency: \"PESOS\"}}) { totalCount } }|ISO 4217",
            "{ processes(filter: {amount: {currency: \"mxn\"}}) { totalCount } }|did you mean MXN?",
            "{ processes(orderBy: {field: AMOUNT, currency: \"US$\"}) { totalCount } }|ISO 4217",
            "{ summary { topSuppliers(orderBy: {by: AMOUNT, currency: \"pesos\"}) { id } } }|ISO 4217",
    })
    void badArgumentsAreClearErrors(String query, String message) {
        JsonNode answer = api.post(query, Map.of());
        assertTrue(answer.at("/errors/0/message").asText().contains(message), answer.toString());
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText());
    }

    @Test
    void unknownFilterValuesGivenAsVariablesSayWhatIsAllowed() {
        JsonNode states = api.post("query($s: [State!]) { processes(filter: {states: $s}) { totalCount } }",
                Map.of("s", List.of("JAL")));
        assertEquals("BAD_USER_INPUT", states.at("/errors/0/extensions/code").asText(), states.toString());
        assertTrue(states.at("/errors/0/message").asText().contains("MX_JAL"), states.toString());
        JsonNode sources = api.post("query($s: [ID!]) { summary(filter: {sources: $s}) { processCount } }",
                Map.of("s", List.of("jal", "Jalisco")));
        assertTrue(sources.at("/errors/0/message").asText().contains("«Jalisco»"), sources.toString());
        assertEquals(4, api.post("query($s: [State!]) { processes(filter: {states: $s}) { totalCount } }",
                Map.of("s", List.of("MX_CMX", "FEDERAL"))).at("/data/processes/totalCount").asInt(),
                "a variable's enum names reach the index as its codes");
    }

    @Test
    void searchesTooLargeForOpenSearchAreTheClientsToFixAndLeaveNoErrorInTheLog() {
        String words = java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> "palabra" + i)
                .collect(java.util.stream.Collectors.joining(" "));
        List<String> many = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "v" + i).toList();
        try (LogCapture log = LogCapture.of("org.ocdsnacional")) {
            for (JsonNode answer : List.of(
                    api.post("query($q: String) { processes(query: $q) { totalCount } }", Map.of("q", words)),
                    api.post("query($q: String) { organizations(query: $q) { id } }", Map.of("q", words)),
                    api.post("query($q: String) { summary(filter: {supplierName: $q}) { processCount } }",
                            Map.of("q", words)),
                    api.post("query($s: [ID!]) { processes(filter: {sources: $s}) { totalCount } }",
                            Map.of("s", many)),
                    api.post("query($d: [String!]) { summary(filter: {procurementMethodDetails: $d}) "
                            + "{ processCount } }", Map.of("d", many)))) {
                JsonNode error = answer.path("errors").path(0);
                assertEquals("BAD_USER_INPUT", error.at("/extensions/code").asText(), answer.toString());
                assertEquals(List.of(), ClientErrors.problems(error), answer.toString());
            }
            assertEquals(List.of(), log.lines(), "a client's mistake is not an error of the server");
        }
    }

    private static void saveRuns(RunStore runs) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        RunCounts counts = new RunCounts(1, 0, 100, 3, 3, 0, 0, 0, 0, 0, 0, 3, 0, HttpOutcomes.ZERO);
        runs.save(HarvestRun.start("r1", "jal", RunTrigger.SCHEDULE, t0)
                .finish(RunState.SUCCEEDED, t0.plusSeconds(1), counts, Optional.empty()));
        runs.save(HarvestRun.start("r2", "jal", RunTrigger.SCHEDULE, t0.plusSeconds(3600))
                .finish(RunState.SUCCEEDED, t0.plusSeconds(3601), counts, Optional.empty()));
        runs.save(HarvestRun.start("r3", "jal", RunTrigger.MANUAL, t0.plusSeconds(7200))
                .finish(RunState.FAILED, t0.plusSeconds(7201), RunCounts.ZERO,
                        Optional.of(new RunError("https://example.org", Optional.of(503), "HTTP 503"))));
    }

    private static String amount(JsonNode amounts, String currency) {
        return stream(amounts).filter(m -> m.path("currency").asText().equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " in " + amounts)).path("amount").asText();
    }

    private static Map<String, Integer> counts(JsonNode groups) {
        Map<String, Integer> counts = new HashMap<>();
        groups.forEach(group -> counts.put(group.path("key").asText(), group.path("processCount").asInt()));
        return counts;
    }

    private static List<String> ocids(JsonNode edges) {
        return stream(edges).map(edge -> edge.at("/node/ocid").asText()).toList();
    }

    private static List<String> runIds(JsonNode edges) {
        return stream(edges).map(edge -> edge.at("/node/id").asText()).toList();
    }

    private static List<String> ids(JsonNode list) {
        return stream(list).map(item -> item.path("id").asText()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
