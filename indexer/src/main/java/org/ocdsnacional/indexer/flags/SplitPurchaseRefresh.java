package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.DirectAward;
import org.ocdsnacional.analytics.mx.MexicanFlags;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * MX03 over the index: possible split purchases are windows of the direct awards of one buyer–supplier pair. A
 * process's MX03 is the widest window among those of its own pairs, so it changes only when the awards of one of its
 * pairs change. After a harvest, only the pairs whose direct awards changed are counted again, with the other pairs
 * of their processes, their awards read from doc values ({@link DirectAwardScan}); at start, when the settings
 * changed, every buyer's, read from the sources (every process with a direct award is read then, and a source costs
 * less than a search of its nested documents). A process's stored flags (its source) are read only when its MX03 is
 * or was raised.
 */
final class SplitPurchaseRefresh {

    private static final Set<FlagCode> MX03 = Set.of(FlagCode.MX03);
    private static final String AWARDS = DirectAwardScan.AWARDS;
    /** Pairs per query: each is a clause of two terms. */
    private static final int PAIRS_CHUNK = 200;
    private static final int BUYERS_CHUNK = 200;
    private static final int PAGE = 1_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ProcessScan scan;
    private final DirectAwardScan awards;
    private final MexicanFlags mexican;

    SplitPurchaseRefresh(SearchCluster cluster, ObjectMapper mapper, ProcessScan scan, MexicanFlags mexican) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.scan = scan;
        this.awards = new DirectAwardScan(mapper, scan);
        this.mexican = mexican;
    }

    /** What a recount read and wrote. */
    record Recount(long pairs, long awardsRead, long written) {

        static final Recount NONE = new Recount(0, 0, 0);

        Recount plus(Recount other) {
            return new Recount(pairs + other.pairs, awardsRead + other.awardsRead, written + other.written);
        }
    }

    /** Counts these pairs again and flags again the processes with an award of one of them. */
    Recount reflag(Collection<BuyerSupplier> pairs, FlagUpdates updates) {
        List<BuyerSupplier> all = List.copyOf(new LinkedHashSet<>(pairs));
        Recount recount = Recount.NONE;
        for (List<BuyerSupplier> some : Chunks.of(all, PAIRS_CHUNK)) {
            Set<BuyerSupplier> chunk = Set.copyOf(some);
            recount = recount.plus(reflag(pairs(chunk), chunk::contains, awards::each, updates));
        }
        return recount;
    }

    /**
     * Counts every buyer's pairs again, and takes MX03 from processes that carry it without any direct award left.
     */
    Recount reflagAll(FlagUpdates updates) {
        List<String> buyers = List.copyOf(allBuyers());
        Recount recount = Recount.NONE;
        for (List<String> some : Chunks.of(buyers, BUYERS_CHUNK)) {
            Set<String> chunk = Set.copyOf(some);
            recount = recount.plus(reflag(scan.terms(AWARDS + ".buyer", chunk),
                    pair -> chunk.contains(pair.buyer()), awards::eachFromSource, updates));
        }
        long before = updates.written();
        ObjectNode withAwards = scan.nested(AWARDS, mapper.createObjectNode().set("match_all",
                mapper.createObjectNode()));
        scan.each(scan.butNot(scan.term("flagCodes", FlagCode.MX03.name()), withAwards), List.of("flags"), PAGE,
                page -> page.forEach(process -> updates.replace(process, MX03, List.of())));
        updates.flush();
        return recount.plus(new Recount(0, 0, updates.written() - before));
    }

    /**
     * Flags again the processes with an award that {@code query} matches; {@code counted} says which pairs the query
     * reads whole (every award of theirs). A process's other pairs are read too, so that its widest window is found.
     */
    private Recount reflag(JsonNode query, Predicate<BuyerSupplier> counted, Reader reader, FlagUpdates updates) {
        Map<String, DirectAwardScan.Process> targets = read(query, reader);
        Set<BuyerSupplier> pairs = new LinkedHashSet<>();
        targets.values().forEach(process -> process.awards().forEach(award -> pairs.add(BuyerSupplier.of(award))));
        Map<String, DirectAwardScan.Process> read = new TreeMap<>(targets);
        List<BuyerSupplier> others = pairs.stream().filter(counted.negate()).toList();
        for (List<BuyerSupplier> chunk : Chunks.of(others, PAIRS_CHUNK)) {
            read(pairs(chunk), reader).forEach(read::putIfAbsent);
        }
        List<DirectAward> population = new ArrayList<>();
        read.values().forEach(process -> process.awards().stream().filter(award -> pairs.contains(
                BuyerSupplier.of(award))).forEach(population::add));
        Map<String, Flag> flagged = mexican.splitPurchases(population);
        long before = updates.written();
        write(targets.values().stream().filter(process -> process.mx03() || flagged.containsKey(process.key()))
                .map(DirectAwardScan.Process::key).toList(), flagged, updates);
        updates.flush();
        return new Recount(pairs.size(), population.size(), updates.written() - before);
    }

    /** The processes with an award that {@code query} matches, by key, in the order of their keys. */
    private static Map<String, DirectAwardScan.Process> read(JsonNode query, Reader reader) {
        Map<String, DirectAwardScan.Process> processes = new TreeMap<>();
        reader.each(query, PAGE, page -> page.forEach(process -> processes.put(process.key(), process)));
        return processes;
    }

    /** How the processes' direct awards are read: from doc values, or (a full count) from their source. */
    @FunctionalInterface
    private interface Reader {
        void each(JsonNode awards, int size, Consumer<List<DirectAwardScan.Process>> processes);
    }

    /** Replaces the MX03 of these processes (whose stored flags are read) by the one {@code flagged} gives them. */
    private void write(List<String> keys, Map<String, Flag> flagged, FlagUpdates updates) {
        for (List<String> chunk : Chunks.of(keys, ProcessScan.TERMS_CHUNK)) {
            scan.each(scan.keys(chunk), List.of("flags"), PAGE, page -> page.forEach(process -> updates.replace(
                    process, MX03, Optional.ofNullable(flagged.get(process.path("key").asText())).stream()
                            .toList())));
        }
    }

    /** A query on direct awards: of any of these pairs. */
    private ObjectNode pairs(Collection<BuyerSupplier> pairs) {
        ObjectNode any = mapper.createObjectNode();
        ArrayNode should = any.putObject("bool").put("minimum_should_match", 1).putArray("should");
        for (BuyerSupplier pair : pairs) {
            ArrayNode both = should.addObject().putObject("bool").putArray("filter");
            both.add(scan.term(AWARDS + ".buyer", pair.buyer()));
            both.add(scan.term(AWARDS + ".supplier", pair.supplier()));
        }
        return any;
    }

    /** Every buyer with a direct award that may be part of a split purchase, through a composite aggregation. */
    private Set<String> allBuyers() {
        Set<String> buyers = new LinkedHashSet<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = mapper.createObjectNode().put("size", 0);
            ObjectNode awards = body.putObject("aggs").putObject("awards");
            awards.putObject("nested").put("path", AWARDS);
            ObjectNode composite = awards.putObject("aggs").putObject("buyers").putObject("composite")
                    .put("size", PAGE);
            composite.putArray("sources").addObject().putObject("buyer").putObject("terms")
                    .put("field", AWARDS + ".buyer");
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body)
                    .path("aggregations").path("awards").path("buyers");
            answer.path("buckets").forEach(bucket -> buyers.add(bucket.path("key").path("buyer").asText()));
            if (answer.path("buckets").size() < PAGE || !answer.has("after_key")) {
                return buyers;
            }
            after = answer.path("after_key");
        }
    }
}
