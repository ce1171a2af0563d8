package org.ocdsnacional.indexer.query;

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
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.indexer.schema.ProcessSummary;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cursors and the points in time behind them, against a real embedded node whose own limit of open points in time
 * is lowered to {@value #NODE_LIMIT}: replays and varied searches of one client never exhaust it for the others,
 * a cursor whose point in time is gone or that outlived its lifetime is expired, and a forged one is refused.
 */
class PointInTimeIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PROCESSES = 25;
    private static final int NODE_LIMIT = 12;
    private static final SourceDescriptor SOURCE = new SourceDescriptor("jal", "Jalisco", "MX-JAL", "state",
            "state-platform", "active", "ocds-url", "0 0 3 * * ?");

    @TempDir
    static Path home;
    private static SearchCluster cluster;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> Optional.of(SOURCE), Clock.systemUTC());
        List<HarvestedRelease> batch = new ArrayList<>();
        for (int i = 1; i <= PROCESSES; i++) {
            batch.add(release("ocds-pit001-" + i, "Adquisición de papelería " + i, "2024-02-" + String.format("%02d",
                    i)));
        }
        IngestResult result = indexer.index(batch);
        assertEquals(List.of(), result.failures());
        indexer.refresh();
        nodeLimit(NODE_LIMIT);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void replayingAFirstPageCursorReusesOnePointInTimeAndOthersStillPage() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        String firstPage = search.search(query(null, 5, null), "abuser").hits().getLast().cursor();
        int before = openOnNode();
        for (int replay = 0; replay < 3 * NODE_LIMIT; replay++) {
            ProcessPage page = search.search(query(null, 5, firstPage), "abuser");
            assertEquals(5, page.hits().size(), "replay " + replay);
        }
        assertTrue(openOnNode() - before <= 1, "one point in time for all the replays: " + (openOnNode() - before));

        ProcessPage other = search.search(query(null, 5, search.search(query(null, 5, null), "other").hits()
                .getLast().cursor()), "other");
        assertEquals(5, other.hits().size());
        assertTrue(pointInTimeOf(other.hits().getLast().cursor()).isPresent(), "the other client pages on a point "
                + "in time");
    }

    @Test
    void aClientVaryingItsSearchesHoldsAtMostItsShareAndTheOthersKeepTheirs() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER, new PagingConfig(Duration.ofMinutes(10), 6, 3,
                Optional.empty()), Clock.systemUTC());
        int before = openOnNode();
        for (int variant = 1; variant <= 10; variant++) {
            List<String> keys = pageThrough(search, variant, "abuser");
            assertEquals(PROCESSES, keys.size(), "every search still pages through all processes: " + variant);
        }
        assertEquals(3, openOnNode() - before, "the client's share");
        List<String> cursors = new ArrayList<>();
        for (String client : List.of("a", "b", "c")) {
            int variant = 10 + client.charAt(0);
            String first = search.search(query(variant, 5, null), client).hits().getLast().cursor();
            cursors.add(search.search(query(variant, 5, first), client).hits().getLast().cursor());
        }
        assertTrue(pointInTimeOf(cursors.get(0)).isPresent() && pointInTimeOf(cursors.get(1)).isPresent()
                && pointInTimeOf(cursors.get(2)).isPresent(), "three other clients page on points in time");
        assertEquals(6, openOnNode() - before, "the server's bound");
        assertEquals(PROCESSES, pageThrough(search, 1000, "d").size(), "past the server's bound pages read "
                + "the live index, in order and without overlap");
    }

    @Test
    void aDownloadPagesOnAPointInTimeOfItsOwnWithoutCountingAndClosesItWhenDone() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        List<String> fields = List.of("ocid", "title");
        cluster.send("DELETE", "/_search/point_in_time/_all", null);
        int before = openOnNode();
        ProcessPage first = search.download(query(3000, 10, null), fields, "downloader");
        assertEquals(PROCESSES, first.total(), "the first page counts the matches");
        assertEquals(Set.of("ocid", "title"), fieldsOf(first.hits().getFirst().process()), "only the columns' fields");
        assertEquals("", first.hits().getFirst().cursor(), "a download reads on from its last process only");
        ProcessPage second = search.download(query(3000, 10, first.hits().getLast().cursor()), fields, "downloader");
        assertEquals(0, second.total(), "pages after the first count nothing");
        assertEquals(10, second.hits().size());
        String pit = pointInTimeOf(second.hits().getLast().cursor()).orElseThrow();
        ProcessPage reader = search.search(query(3000, 10, search.search(query(3000, 10, null), "reader").hits()
                .getLast().cursor()), "reader");
        assertTrue(pointInTimeOf(reader.hits().getLast().cursor()).filter(pit::equals).isEmpty(),
                "another reader of the same search never shares a download's point in time");
        assertEquals(before + 2, openOnNode());

        search.endDownload(query(3000, 10, null), second.hits().getLast().cursor());

        assertEquals(before + 1, openOnNode(), "the download's point in time is closed, the reader's kept");
        search.endDownload(query(3000, 10, null), reader.hits().getLast().cursor());
        assertEquals(before + 1, openOnNode(), "a shared point in time is not a download's to close");
    }

    /**
     * A download of fields the summary holds reads them from the process's summary, as the source has them;
     * a process stored without one (by an older version, during an upgrade) is read from its source instead.
     */
    @Test
    void aDownloadReadsTheStoredSummaryAndTheSourceOfAProcessWithoutOne() throws IOException {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        ObjectNode older = (ObjectNode) cluster.send("GET", "/ocds-processes/_doc/ocds-pit001-1", null).path("_source");
        older.remove(ProcessSummary.FIELD);
        older.put("key", "ocds-pit001-0").put("ocid", "ocds-pit001-0").put("title", "Sin resumen");
        cluster.send("PUT", "/ocds-processes/_doc/ocds-pit001-0?refresh=true", older);
        try {
            List<JsonNode> downloaded = new ArrayList<>();
            String after = null;
            do {
                ProcessPage page = search.download(query(4000, 7, after), ProcessSummary.FIELDS, "downloader");
                downloaded.addAll(page.hits().stream().map(ProcessPage.Hit::process).toList());
                after = page.hasNext() ? page.hits().getLast().cursor() : null;
            } while (after != null);

            assertEquals(PROCESSES + 1, downloaded.size());
            for (JsonNode process : downloaded) {
                JsonNode source = search.process(process.path("ocid").asText(), Optional.empty()).orElseThrow();
                ObjectNode expected = ((ObjectNode) source).deepCopy().retain(ProcessSummary.FIELDS);
                assertEquals(expected, process, "as its source has them: " + process.path("ocid").asText());
            }
            assertTrue(downloaded.stream().anyMatch(process -> process.path("title").asText().equals("Sin resumen")));
            JsonNode column = cluster.send("POST", "/ocds-processes/_search", MAPPER.readTree("""
                    {"query": {"term": {"ocid": "ocds-pit001-2"}}, "_source": false, "stored_fields": "_none_",
                     "docvalue_fields": ["summary"]}"""));
            assertEquals("Adquisición de papelería 2", MAPPER.readTree(Base64.getDecoder().decode(
                    column.at("/hits/hits/0/fields/summary/0").asText())).path("title").asText(),
                    "the summary is a column (binary doc values)");
        } finally {
            cluster.send("DELETE", "/ocds-processes/_doc/ocds-pit001-0?refresh=true", null);
        }
    }

    /**
     * The fetch of a download's page loads no stored field, {@code _id} and {@code _source} included: the node's own
     * profile of the fetch counts no call to load stored fields nor the source, and the hits carry their summary.
     */
    @Test
    void aDownloadOfTheSummaryLoadsNoStoredField() {
        ObjectNode body = MAPPER.createObjectNode().put("size", 10).put("profile", true);
        body.putArray("sort").addObject().putObject("key").put("order", "asc");
        new DownloadFields(cluster, MAPPER, ProcessSummary.FIELDS, false).ask(body);

        JsonNode answer = cluster.send("POST", "/ocds-processes/_search", body);

        JsonNode hits = answer.path("hits").path("hits");
        assertEquals(10, hits.size());
        hits.forEach(hit -> assertTrue(hit.at("/fields/summary/0").isTextual(), hit::toString));
        assertTrue(answer.at("/profile/shards").size() > 0, answer::toString);
        for (JsonNode shard : answer.at("/profile/shards")) {
            JsonNode fetch = shard.at("/fetch/0/breakdown");
            assertTrue(fetch.has("load_stored_fields_count"), "the node profiles the fetch: " + shard);
            assertEquals(0, fetch.path("load_stored_fields_count").asInt(), fetch::toString);
            assertEquals(0, fetch.path("load_source_count").asInt(), fetch::toString);
        }
    }

    private static Set<String> fieldsOf(JsonNode process) {
        Set<String> fields = new HashSet<>();
        process.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void whenOpenSearchRefusesAPointInTimeThePageReadsTheLiveIndex() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        nodeLimit(openOnNode());
        try {
            List<String> keys = pageThrough(search, 2000, "someone");
            assertEquals(PROCESSES, keys.size());
        } finally {
            nodeLimit(NODE_LIMIT);
        }
    }

    @Test
    void aCursorWhosePointInTimeIsGoneIsExpiredAndAFirstPageCursorStillContinues() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        String firstPage = search.search(query(null, 5, null), "reader").hits().getLast().cursor();
        String secondPage = search.search(query(null, 5, firstPage), "reader").hits().getLast().cursor();
        cluster.send("DELETE", "/_search/point_in_time/_all", null);

        InvalidQueryException expired = assertThrows(InvalidQueryException.class,
                () -> search.search(query(null, 5, secondPage), "reader"));
        assertEquals(InvalidQueryException.CURSOR_EXPIRED, expired.code());
        assertTrue(expired.getMessage().startsWith("Este cursor expiró; vuelva a la primera página")
                && expired.getMessage().contains("This cursor expired; start again from the first page"),
                expired.getMessage());
        assertEquals(5, search.search(query(null, 5, firstPage), "reader").hits().size(),
                "a first page's cursor opens a new point in time");
    }

    @Test
    void aCursorOlderThanItsLifetimeIsExpiredAndItsPointInTimeLivesAsLong() {
        MovableClock clock = new MovableClock();
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER, PagingConfig.DEFAULTS, clock);
        String firstPage = search.search(query(null, 5, null), "slow").hits().getLast().cursor();
        String secondPage = search.search(query(null, 5, firstPage), "slow").hits().getLast().cursor();
        String pit = pointInTimeOf(secondPage).orElseThrow();
        long keepAlive = keepAliveMillis(pit);
        assertTrue(keepAlive >= PagingConfig.DEFAULTS.cursorLifetime().toMillis(), "kept alive at least as long as "
                + "its cursors live: " + keepAlive);

        clock.advance(PagingConfig.DEFAULTS.cursorLifetime().minusSeconds(1));
        assertEquals(5, search.search(query(null, 5, secondPage), "slow").hits().size());
        clock.advance(Duration.ofSeconds(2));
        InvalidQueryException expired = assertThrows(InvalidQueryException.class,
                () -> search.search(query(null, 5, secondPage), "slow"));
        assertEquals(InvalidQueryException.CURSOR_EXPIRED, expired.code());
        assertTrue(expired.getMessage().contains("10 min"), expired.getMessage());
    }

    @Test
    void aForgedCursorIsRefusedAsTheClientsMistake() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        String firstPage = search.search(query(null, 5, null), "forger").hits().getLast().cursor();
        String secondPage = search.search(query(null, 5, firstPage), "forger").hits().getLast().cursor();
        ObjectNode payload = (ObjectNode) payloadOf(secondPage);
        String tag = secondPage.substring(secondPage.indexOf('.'));
        List<String> forged = List.of(
                "abc", "", ".", secondPage + "x", secondPage.substring(0, secondPage.indexOf('.')),
                encode(payload.deepCopy().put("p", "garbage")) + tag,
                encode(payload.deepCopy().set("a", MAPPER.createArrayNode().add("x").add(1))) + tag,
                encode(payload.deepCopy().put("t", Long.MAX_VALUE)) + tag,
                ProcessSearch.create(cluster, MAPPER).search(query(null, 5, null), "forger").hits().getLast().cursor());
        for (String cursor : forged) {
            InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                    () -> search.search(query(null, 5, cursor), "forger"), cursor);
            assertEquals(InvalidQueryException.BAD_USER_INPUT, refused.code(), cursor);
            assertTrue(refused.getMessage().contains("not valid"), refused.getMessage());
        }
    }

    @Test
    void pagingBackFollowsTheSameCursorRulesAsPagingForward() {
        MovableClock clock = new MovableClock();
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER, PagingConfig.DEFAULTS, clock);
        String firstPage = search.search(query(null, 5, null), "back").hits().getLast().cursor();
        ProcessPage second = search.search(query(null, 5, firstPage), "back");
        String secondPageFirst = second.hits().getFirst().cursor();
        assertEquals(5, search.searchBefore(query(null, 5, null), secondPageFirst, "back").hits().size());

        String forged = encode(((ObjectNode) payloadOf(secondPageFirst)).put("p", "garbage"))
                + secondPageFirst.substring(secondPageFirst.indexOf('.'));
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> search.searchBefore(query(null, 5, null), forged, "back"));
        assertEquals(InvalidQueryException.BAD_USER_INPUT, refused.code());
        clock.advance(PagingConfig.DEFAULTS.cursorLifetime().plusSeconds(1));
        InvalidQueryException old = assertThrows(InvalidQueryException.class,
                () -> search.searchBefore(query(null, 5, null), secondPageFirst, "back"));
        assertEquals(InvalidQueryException.CURSOR_EXPIRED, old.code(), "a cursor past its lifetime");
    }

    @Test
    void pagingBackOnACursorWhosePointInTimeIsGoneIsExpiredAndOpensNothing() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER);
        String firstPage = search.search(query(3000, 5, null), "back-gone").hits().getLast().cursor();
        String secondPageFirst = search.search(query(3000, 5, firstPage), "back-gone").hits().getFirst().cursor();
        cluster.send("DELETE", "/_search/point_in_time/_all", null);

        InvalidQueryException expired = assertThrows(InvalidQueryException.class,
                () -> search.searchBefore(query(3000, 5, null), secondPageFirst, "back-gone"));
        assertEquals(InvalidQueryException.CURSOR_EXPIRED, expired.code());
        assertEquals(0, openOnNode(), "no point in time opened in its place");
    }

    @Test
    void pagingBackHoldsPointsInTimeWithinTheClientsShare() {
        ProcessSearch search = ProcessSearch.create(cluster, MAPPER, new PagingConfig(Duration.ofMinutes(10), 6, 3,
                Optional.empty()), Clock.systemUTC());
        int before = openOnNode();
        for (int variant = 4000; variant < 4010; variant++) {
            ProcessPage first = search.search(query(variant, 5, null), "back-abuser");
            ProcessPage back = search.searchBefore(query(variant, 5, null), first.hits().getLast().cursor(),
                    "back-abuser");
            assertEquals(first.hits().subList(0, 4).stream().map(hit -> hit.process().path("key").asText()).toList(),
                    back.hits().stream().map(hit -> hit.process().path("key").asText()).toList(),
                    "the processes before the last of the first page, in order: " + variant);
            assertEquals(false, back.hasNext(), "nothing before the first page");
        }
        assertEquals(3, openOnNode() - before, "the client's share, as when paging forward");
    }

    @Test
    void theNodeListensOnNoHttpPortUnlessAsked() {
        assertEquals(List.of(), cluster.uris(), "asked in-process only");
        JsonNode http = cluster.send("GET", "/_nodes/_local/http", null).path("nodes").elements().next().path("http");
        assertTrue(http.path("publish_address").asText().endsWith(":0"), http.toString());
    }

    @Test
    void serversWithTheSameSecretAcceptEachOthersCursors() {
        PagingConfig shared = new PagingConfig(Duration.ofMinutes(10), 100, 10, Optional.of("a shared secret"));
        ProcessSearch one = ProcessSearch.create(cluster, MAPPER, shared, Clock.systemUTC());
        ProcessSearch other = ProcessSearch.create(cluster, MAPPER, shared, Clock.systemUTC());
        String firstPage = one.search(query(null, 5, null), "balanced").hits().getLast().cursor();
        String secondPage = other.search(query(null, 5, firstPage), "balanced").hits().getLast().cursor();
        assertEquals(5, one.search(query(null, 5, secondPage), "balanced").hits().size());
    }

    private static List<String> pageThrough(ProcessSearch search, int variant, String client) {
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String after = null;
        do {
            ProcessPage page = search.search(query(variant, 10, after), client);
            page.hits().forEach(hit -> {
                assertTrue(seen.add(hit.process().path("key").asText()), "overlap");
                keys.add(hit.process().path("key").asText());
            });
            after = page.hasNext() ? page.hits().getLast().cursor() : null;
        } while (after != null);
        return keys;
    }

    /** A search of every process; each variant is another search (a date filter that every process passes). */
    private static ProcessQuery query(Integer variant, int first, String after) {
        ProcessFilter filter = variant == null ? ProcessFilter.NONE : ProcessFilter.builder()
                .dates(List.of(new DateRange(DateField.RELEASE, Optional.of("2000-01-01"),
                        Optional.of((3000 + variant) + "-01-01")))).build();
        return new ProcessQuery(Optional.empty(), filter, Optional.empty(), first, Optional.ofNullable(after), false);
    }

    /** How many points in time the node holds open, by its own count. */
    private static int openOnNode() {
        return cluster.send("GET", "/_search/point_in_time/_all", null).path("pits").size();
    }

    private static long keepAliveMillis(String pit) {
        for (JsonNode open : cluster.send("GET", "/_search/point_in_time/_all", null).path("pits")) {
            if (open.path("pit_id").asText().equals(pit)) {
                return open.path("keep_alive").asLong();
            }
        }
        throw new AssertionError("not open: " + pit);
    }

    private static void nodeLimit(int limit) {
        ObjectNode settings = MAPPER.createObjectNode();
        settings.putObject("transient").put("search.max_open_pit_context", limit);
        cluster.send("PUT", "/_cluster/settings", settings);
    }

    private static Optional<String> pointInTimeOf(String cursor) {
        JsonNode pit = payloadOf(cursor).path("p");
        return pit.isTextual() ? Optional.of(pit.asText()) : Optional.empty();
    }

    private static JsonNode payloadOf(String cursor) {
        try {
            return MAPPER.readTree(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String encode(JsonNode payload) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MAPPER.writeValueAsBytes(payload));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HarvestedRelease release(String ocid, String title, String date) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", ocid + "-1").put("date", date + "T00:00:00Z");
        json.putArray("tag").add("tender");
        json.putObject("buyer").put("id", "MX-RFC-SSA").put("name", "Secretaría de Salud");
        json.putObject("tender").put("id", "t1").put("title", title);
        return new HarvestedRelease("jal", "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of(), "https://example.org/jal.json");
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
