package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.analytics.cardinal.BidRatioStatistics;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.national.NationalObservation;
import org.ocdsnacional.analytics.national.NationalPopulation;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.analytics.national.NationalStatistics;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.FlagCounts;
import org.ocdsnacional.indexer.query.NationalFlagRates;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.ListedEntry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocdsnacional.indexer.flags.Processes.MAPPER;

/**
 * Flags as properties of process documents, against a real embedded node: computed when a process is compiled, the
 * population's statistics counted after a harvest, and only the processes whose flags change written again.
 */
class FlagsIT {

    /** The national defaults plus thresholds for direct awards, so that MX02 and MX03 are raised. */
    static final String SETTINGS = """
            currency = MXN
            [R003]
            procurement_methods = open|selective
            [R018]
            [R024]
            [R025]
            [R028]
            [R030]
            [R035]
            [R036]
            [R038]
            [R048]
            [R058]
            [MX01]
            [MX02]
            [MX02.direct_award]
            2024 = 500000
            [MX03]
            window_days = 30
            [MX04]
            [MX05]
            [MX06]
            """;

    @TempDir
    static Path home;
    private static SearchCluster cluster;
    private static ReleaseIndexer indexer;

    @BeforeAll
    static void start() {
        cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json().deepCopy(),
                id -> Optional.empty(), Clock.systemUTC(),
                NationalFlags.open(cluster, MAPPER, NationalSettings.of(SETTINGS), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aCompiledProcessCarriesItsFlagsWithTheirEvidence() {
        ObjectNode single = Processes.award("ocds-flag01-single", "2024-03-01", "open", "NIN240115AB1", "1000");
        single.with("tender").put("numberOfTenderers", 1);
        ObjectNode signed = Processes.award("ocds-flag01-late", "2024-09-01", "direct", "VIE950101AB1", "1000");
        signed.putArray("contracts").addObject().put("id", "c1").put("awardID", "a1")
                .put("dateSigned", "2024-01-10T10:00:00-06:00");
        index(single, signed);

        JsonNode first = process("ocds-flag01-single");
        assertEquals(List.of("R018", "MX01"), codes(first), "in code order: Cardinal's, then the Mexican");
        JsonNode r018 = flag(first, "R018");
        assertEquals(1.0, r018.path("value").asDouble());
        assertTrue(evidence(r018).containsKey("/tender/numberOfTenderers"), r018.toString());
        assertEquals("2024-01-15", evidence(flag(first, "MX01")).get("incorporationDate"));
        JsonNode late = process("ocds-flag01-late");
        assertEquals(List.of("MX04"), codes(late), "signed in January, first published in September");
        assertEquals("2024-09-01T12:00:00-06:00", late.at("/publication/firstReleaseDate").asText());
    }

    /**
     * R024 and R058 compare a process's bid ratio with the population's fences: after a harvest that moves them,
     * the processes on the other side of a fence change, those still flagged get the new fence in their evidence,
     * and no other process document is written.
     */
    @Test
    void populationFlagsFollowTheFencesAndOnlyTheProcessesTheyChangeAreWritten() {
        List<HarvestedRelease> batch = new ArrayList<>();
        double[] ratios = {0.10, 0.11, 0.12, 0.13, 0.14, 0.15, 0.001, 3.0};
        for (int i = 0; i < ratios.length; i++) {
            batch.add(Processes.harvested("src", Processes.bids("ocds-flag02-" + i, "GAN010101AB1", 100_000,
                    "PER010101AB1", 100_000 * (1 + ratios[i]))));
        }
        assertEquals(List.of(), indexer.index(batch).failures());
        indexer.refreshFlags();
        assertTrue(codes(process("ocds-flag02-6")).contains("R024"), "0.1 % above the winner: price close to it");
        assertTrue(codes(process("ocds-flag02-7")).contains("R058"), "300 % above: heavily discounted");
        assertFalse(codes(process("ocds-flag02-0")).contains("R024"));
        Map<String, JsonNode> before = bidProcesses();

        List<HarvestedRelease> more = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            more.add(Processes.harvested("src", Processes.bids("ocds-flag03-" + i, "GAN010101AB1", 100_000,
                    "PER010101AB1", 100_000 * (1.0011 + i / 10_000.0))));
        }
        assertEquals(List.of(), indexer.index(more).failures());
        long written = indexer.refreshFlags();

        BidRatioStatistics fences = indexer.flags().statistics().population().orElseThrow().bidRatios();
        Set<String> rewritten = new LinkedHashSet<>();
        Map<String, JsonNode> after = bidProcesses();
        before.forEach((key, old) -> {
            JsonNode now = after.get(key);
            if (now.path("seq").asLong() != old.path("seq").asLong()) {
                rewritten.add(key);
            }
            boolean shouldCarry = fences.lowActive() && now.at("/observation/bidRatio").asDouble()
                    <= fences.lowerFence();
            assertEquals(shouldCarry, codes(now).contains("R024"), key + " against " + fences);
        });
        Set<String> changed = new LinkedHashSet<>();
        before.forEach((key, old) -> {
            if (!old.path("flags").equals(after.get(key).path("flags"))) {
                changed.add(key);
            }
        });
        assertFalse(changed.isEmpty(), "the new fences change some flags");
        assertEquals(changed, rewritten, "only the processes whose flags changed are written again");
        assertTrue(written >= changed.size(), "and the newly harvested ones, flagged with the new fences");
        JsonNode high = flag(after.get("ocds-flag02-7"), "R058");
        assertEquals(Double.toString(fences.upperFence()), evidence(high).get("upperFence"));
    }

    /**
     * Incremental: a harvest that changes 1 % of the bid processes compiles those again, and the refresh that follows
     * writes only the processes whose flags change (a fence that moved changes the evidence of every process flagged
     * against it, and may move some across it), never the rest of the population.
     */
    @Test
    void aOnePercentChangeRewritesOnlyTheChangedProcessesAndThoseWhoseFlagsChange() {
        SplittableRandom random = new SplittableRandom(16);
        List<HarvestedRelease> population = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double ratio = i % 60 == 0 ? 0.0005 : i % 60 == 1 ? 2.5 : 0.10 + random.nextDouble() * 0.10;
            population.add(Processes.harvested("src", Processes.bids("ocds-flag06-" + i, "GAN010101AB1", 100_000,
                    "PER010101AB1", 100_000 * (1 + ratio))));
        }
        assertEquals(List.of(), indexer.index(population).failures());
        indexer.refreshFlags();
        Map<String, JsonNode> before = bidProcesses();
        BidRatioStatistics fencesBefore = indexer.flags().statistics().population().orElseThrow().bidRatios();

        Set<String> harvested = new LinkedHashSet<>();
        List<HarvestedRelease> changes = new ArrayList<>();
        for (int i : new int[]{10, 20, 30}) {
            String ocid = "ocds-flag06-" + i;
            harvested.add(ocid);
            changes.add(Processes.harvested("src", Processes.bids(ocid, "GAN010101AB1", 100_000, "PER010101AB1",
                    100_000 * 1.9)));
        }
        assertEquals(List.of(), indexer.index(changes).failures());
        long written = indexer.refreshFlags();
        Map<String, JsonNode> after = bidProcesses();

        assertTrue(before.size() >= 300, "3 changed: 1 % of " + before.size());
        assertFalse(fencesBefore.equals(indexer.flags().statistics().population().orElseThrow().bidRatios()),
                "the change moved the fences");
        Set<String> flagsChanged = new LinkedHashSet<>();
        Set<String> rewritten = new LinkedHashSet<>();
        before.forEach((key, old) -> {
            JsonNode now = after.get(key);
            if (!old.path("flags").equals(now.path("flags"))) {
                flagsChanged.add(key);
            }
            if (now.path("seq").asLong() != old.path("seq").asLong()) {
                rewritten.add(key);
            }
        });
        Set<String> expected = new LinkedHashSet<>(harvested);
        expected.addAll(flagsChanged);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(rewritten),
                "only the changed processes and those whose flags changed are written again");
        assertTrue(flagsChanged.stream().anyMatch(key -> !harvested.contains(key)), "the refresh changed others");
        assertTrue(written <= expected.size(), written + " written by the refresh");
        assertTrue(rewritten.size() * 10 < before.size(), rewritten.size() + " of " + before.size());
    }

    /**
     * The statistics are counted from the observations' column of doc values, without reading sources: they are
     * exactly those the observations stored in the documents' sources give (bid ratios, tenderers' outcomes,
     * disqualified bids and classifications, over every organization of the index).
     */
    @Test
    void theStatisticsCountedFromTheColumnAreThoseOfTheObservationsStored() {
        SplittableRandom random = new SplittableRandom(38);
        List<HarvestedRelease> batch = new ArrayList<>();
        String[] tenderers = {"TEA010101AB1", "TEB010101AB1", "TEC010101AB1", "TED010101AB1", "TEE010101AB1"};
        for (int i = 0; i < 120; i++) {
            String winner = tenderers[random.nextInt(tenderers.length)];
            String loser = tenderers[(List.of(tenderers).indexOf(winner) + 1 + random.nextInt(4)) % 5];
            ObjectNode release = Processes.bids("ocds-flag07-" + i, winner, 100_000, loser,
                    100_000 * (1.05 + random.nextDouble() / 4));
            if (i % 7 == 0) {
                ((ObjectNode) release.at("/bids/details/1")).put("status", "disqualified");
            }
            ObjectNode item = ((ObjectNode) release.at("/awards/0")).putArray("items").addObject().put("id", "i1");
            item.putObject("classification").put("scheme", "UNSPSC").put("id", (10 + random.nextInt(6)) + "101500");
            batch.add(Processes.harvested("src", release));
        }
        assertEquals(List.of(), indexer.index(batch).failures());
        indexer.refreshFlags();

        NationalPopulation fromSources = new NationalPopulation(NationalSettings.of(SETTINGS).settings().cardinal());
        ObjectNode body = MAPPER.createObjectNode().put("size", 10_000);
        body.putObject("query").putObject("terms").set("observation.parts",
                MAPPER.valueToTree(ObservationJson.STATISTICS_PARTS));
        body.putObject("_source").putArray("includes").add("observation.cardinal");
        JsonNode hits = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body)
                .at("/hits/hits");
        hits.forEach(hit -> fromSources.add(new NationalObservation(ObservationJson.cardinal(
                hit.at("/_source/observation")), List.of())));

        assertTrue(hits.size() >= 120, hits.size() + " observations");
        NationalStatistics counted = indexer.flags().statistics();
        assertEquals(fromSources.statistics(), counted);
        assertFalse(counted.organizations().getOrDefault(FlagCode.R038, Map.of()).isEmpty()
                && counted.organizations().getOrDefault(FlagCode.R025, Map.of()).isEmpty(),
                "organizations are counted too: " + counted.organizations());
    }

    /**
     * The national rates are counted when the flags are refreshed and stored: a process compiled since does not
     * change what is read until the next refresh, which counts it.
     */
    @Test
    void theNationalRatesAreThoseCountedAtTheLastRefresh() {
        NationalFlagRates rates = NationalFlagRates.create(cluster, MAPPER);
        ProcessAggregations live = ProcessAggregations.create(cluster, MAPPER);
        indexer.refreshFlags();
        FlagCounts counted = rates.read();
        assertEquals(live.answer(ProcessFilter.NONE, Aggregation.flagCounts()), counted);

        ObjectNode single = Processes.award("ocds-flag08-single", "2024-03-01", "open", "UNI950101AB1", "1000");
        single.with("tender").put("numberOfTenderers", 1);
        assertEquals(List.of(), indexer.index(List.of(Processes.harvested("src", single))).failures());
        cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_refresh", null);
        FlagCounts now = live.answer(ProcessFilter.NONE, Aggregation.flagCounts());
        assertEquals(counted.processes() + 1, now.processes());
        assertEquals(counted, rates.read(), "read as counted, not counted per request");

        indexer.refreshFlags();
        assertEquals(now, rates.read());
        assertEquals(counted.byCode().getOrDefault("R018", 0L) + 1, rates.read().byCode().get("R018"));
    }

    /** MX03 adds up the direct awards of one buyer to one supplier across processes, and follows their changes. */
    @Test
    void splitPurchasesAreFoundAcrossProcessesAndFollowTheirChanges() {
        index(Processes.award("ocds-flag04-1", "2024-05-01", "direct", "SPL010101AB1", "200000"),
                Processes.award("ocds-flag04-2", "2024-05-10", "direct", "SPL010101AB1", "200000"),
                Processes.award("ocds-flag04-3", "2024-05-20", "direct", "SPL010101AB1", "200000"),
                Processes.award("ocds-flag04-4", "2024-05-20", "direct", "OTR010101AB1", "200000"));
        indexer.refreshFlags();
        for (int i = 1; i <= 3; i++) {
            JsonNode mx03 = flag(process("ocds-flag04-" + i), "MX03");
            assertEquals(3.0, mx03.path("value").asDouble(), "three awards in the window");
            assertEquals("600000 MXN", evidence(mx03).get("total"));
        }
        assertFalse(codes(process("ocds-flag04-4")).contains("MX03"), "another supplier, a single award");

        index(Processes.award("ocds-flag04-3", "2024-05-20", "direct", "SPL010101AB1", "50000"));
        indexer.refreshFlags();
        for (int i = 1; i <= 3; i++) {
            assertFalse(codes(process("ocds-flag04-" + i)).contains("MX03"), "450,000 is below the threshold");
        }
    }

    /**
     * A change to one buyer–supplier pair counts that pair again, not the buyer's other pairs: a pair's direct awards
     * are self-contained. The other pair's stored MX03 is made stale by hand; counting its pair again (as counting
     * again every pair of the buyer did) would put it back.
     */
    @Test
    void aChangeToOnePairCountsThatPairAgainAndNotTheBuyersOtherPairs() {
        index(Processes.award("ocds-flag06-a1", "2024-07-01", "direct", "PRA010101AB1", "300000"),
                Processes.award("ocds-flag06-a2", "2024-07-10", "direct", "PRA010101AB1", "300000"),
                Processes.award("ocds-flag06-b1", "2024-07-01", "direct", "PRB010101AB1", "300000"),
                Processes.award("ocds-flag06-b2", "2024-07-05", "direct", "PRB010101AB1", "300000"));
        for (String key : List.of("ocds-flag06-a1", "ocds-flag06-a2", "ocds-flag06-b1", "ocds-flag06-b2")) {
            assertEquals("600000 MXN", evidence(flag(process(key), "MX03")).get("total"), key);
        }
        ObjectNode stale = MAPPER.createObjectNode();
        stale.putObject("doc").putArray("flags");
        ((ObjectNode) stale.path("doc")).putArray("flagCodes");
        cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_update/ocds-flag06-b1?refresh=true",
                stale);
        long untouched = seqNo("ocds-flag06-b2");

        index(Processes.award("ocds-flag06-a2", "2024-07-10", "direct", "PRA010101AB1", "100000"));

        for (String key : List.of("ocds-flag06-a1", "ocds-flag06-a2")) {
            assertFalse(codes(process(key)).contains("MX03"), key + ": 400,000 is below the threshold");
        }
        assertEquals(List.of(), codes(process("ocds-flag06-b1")), "the buyer's other pair is not counted again");
        assertEquals(untouched, seqNo("ocds-flag06-b2"), "nor written");
        assertEquals("600000 MXN", evidence(flag(process("ocds-flag06-b2"), "MX03")).get("total"));
    }

    /**
     * A process with direct awards to two suppliers carries the widest window of its two pairs: when one pair
     * changes, the other pair's awards are read too, and the wider window, of the pair that did not change, is kept.
     */
    @Test
    void aProcessOfTwoPairsKeepsItsWidestWindowWhenOnlyOnePairChanges() {
        index(Processes.otherAward(Processes.award("ocds-flag07-x", "2024-08-01", "direct", "PRC010101AB1",
                        "200000"), "a2", "PRD010101AB1", "200000"),
                Processes.award("ocds-flag07-c", "2024-08-03", "direct", "PRC010101AB1", "320000"),
                Processes.award("ocds-flag07-d", "2024-08-03", "direct", "PRD010101AB1", "350000"));
        assertEquals("550000 MXN", evidence(flag(process("ocds-flag07-x"), "MX03")).get("total"), "the wider");

        index(Processes.award("ocds-flag07-c", "2024-08-03", "direct", "PRC010101AB1", "340000"));

        JsonNode mx03 = flag(process("ocds-flag07-x"), "MX03");
        assertEquals("550000 MXN", evidence(mx03).get("total"), "the other pair's window is still the wider");
        assertEquals("PRD010101AB1", evidence(mx03).get("supplier").replace("MX-RFC-", ""));
        assertEquals("540000 MXN", evidence(flag(process("ocds-flag07-c"), "MX03")).get("total"));
    }

    /** A process with more direct awards than one page of inner hits holds has them all counted (from its source). */
    @Test
    void aProcessWithMoreDirectAwardsThanAPageHasThemAllCounted() {
        ObjectNode many = Processes.award("ocds-flag08-many", "2024-09-02", "direct", "PRE010101AB1", "1000");
        for (int i = 2; i <= 120; i++) {
            Processes.otherAward(many, "a" + i, "PRE010101AB1", "1000");
        }
        index(many, Processes.award("ocds-flag08-one", "2024-09-01", "direct", "PRE010101AB1", "400000"));
        JsonNode mx03 = flag(process("ocds-flag08-one"), "MX03");
        assertEquals(121.0, mx03.path("value").asDouble(), "every award of the window");
        assertEquals("520000 MXN", evidence(mx03).get("total"));

        index(Processes.award("ocds-flag08-one", "2024-09-01", "direct", "PRE010101AB1", "390000"));
        mx03 = flag(process("ocds-flag08-many"), "MX03");
        assertEquals(121.0, mx03.path("value").asDouble());
        assertEquals("510000 MXN", evidence(mx03).get("total"), "counted again from all 120 awards");
    }

    /**
     * MX06 follows the reference lists: a listing dated before the award raises it, a listing after the award or in
     * a status that clears the supplier does not; only the processes of suppliers whose rows changed are written.
     */
    @Test
    void aReferenceListThatChangesFlagsItsSuppliersProcessesAgain() {
        index(Processes.award("ocds-flag05-listed", "2024-03-01", "open", "LST010101AB1", "1000"),
                Processes.award("ocds-flag05-other", "2024-03-01", "open", "OTR020202AB1", "1000"));
        long otherBefore = seqNo("ocds-flag05-other");

        var comparison = indexer.replaceList("sat-69b", "run-1", "SAT 69-B", List.of(
                new ListedEntry("LST010101AB1", "Listada SA", "Definitivo", LocalDate.of(2023, 5, 2))));
        assertEquals(1, comparison.added());
        JsonNode mx06 = flag(process("ocds-flag05-listed"), "MX06");
        assertEquals("SAT 69-B", evidence(mx06).get("list"));
        assertEquals("2023-05-02", evidence(mx06).get("listDate"));
        assertEquals(otherBefore, seqNo("ocds-flag05-other"), "a supplier whose rows did not change is left alone");

        indexer.replaceList("sat-69b", "run-2", "SAT 69-B", List.of(
                new ListedEntry("LST010101AB1", "Listada SA", "Definitivo", LocalDate.of(2024, 6, 1))));
        assertFalse(codes(process("ocds-flag05-listed")).contains("MX06"), "listed after the award");
        indexer.replaceList("sat-69b", "run-3", "SAT 69-B", List.of(
                new ListedEntry("LST010101AB1", "Listada SA", "Desvirtuado", LocalDate.of(2023, 5, 2))));
        assertFalse(codes(process("ocds-flag05-listed")).contains("MX06"), "a status that clears it");

        assertEquals(List.of("Desvirtuado"), ReferenceLists.load(cluster, MAPPER, Clock.systemUTC())
                .find("LST010101AB1").stream().map(listed -> listed.status()).toList(), "stored, in place of the old");
    }

    private static long seqNo(String key) {
        return cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/" + key, null).path("_seq_no").asLong();
    }

    private static void index(ObjectNode... releases) {
        List<HarvestedRelease> batch = new ArrayList<>();
        for (ObjectNode release : releases) {
            batch.add(Processes.harvested("src", release));
        }
        assertEquals(List.of(), indexer.index(batch).failures());
        indexer.refreshFlags();
    }

    private static JsonNode process(String key) {
        return cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_doc/" + key, null).path("_source");
    }

    /** Every process with a bid ratio: its flags, observation and sequence number (which a write changes). */
    private static Map<String, JsonNode> bidProcesses() {
        ObjectNode body = MAPPER.createObjectNode().put("size", 1000).put("seq_no_primary_term", true);
        body.putObject("query").putObject("exists").put("field", "observation.bidRatio");
        Map<String, JsonNode> found = new HashMap<>();
        for (JsonNode hit : cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body)
                .at("/hits/hits")) {
            ObjectNode doc = hit.path("_source").deepCopy();
            doc.put("seq", hit.path("_seq_no").asLong());
            found.put(hit.path("_id").asText(), doc);
        }
        return found;
    }

    private static List<String> codes(JsonNode process) {
        List<String> codes = new ArrayList<>();
        process.path("flagCodes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static JsonNode flag(JsonNode process, String code) {
        for (JsonNode flag : process.path("flags")) {
            if (flag.path("code").asText().equals(code)) {
                return flag;
            }
        }
        throw new AssertionError(code + " not raised: " + process.path("flags"));
    }

    private static Map<String, String> evidence(JsonNode flag) {
        Map<String, String> evidence = new HashMap<>();
        flag.path("evidence").forEach(fact -> evidence.put(fact.path("field").asText(), fact.path("value").asText()));
        return evidence;
    }
}
