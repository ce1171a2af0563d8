package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.DirectAward;
import org.ocdsnacional.analytics.mx.MexicanFlags;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MX03 over the index: possible split purchases are windows of the direct awards of one buyer–supplier pair, and
 * every direct award of a process is its buyer's, so a buyer's processes are flagged from that buyer's direct awards
 * alone. After a harvest, only the buyers whose direct awards changed are counted again; at start, when the
 * settings changed, every buyer.
 */
final class SplitPurchaseRefresh {

    private static final Set<FlagCode> MX03 = Set.of(FlagCode.MX03);
    private static final String AWARDS = "observation.directAwards";
    private static final int BUYERS_CHUNK = 200;
    private static final int PAGE = 1_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ProcessScan scan;
    private final MexicanFlags mexican;

    SplitPurchaseRefresh(SearchCluster cluster, ObjectMapper mapper, ProcessScan scan, MexicanFlags mexican) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.scan = scan;
        this.mexican = mexican;
    }

    /** Flags again the processes of these buyers; returns how many documents were written. */
    long reflag(Collection<String> buyers, FlagUpdates updates) {
        long before = updates.written();
        List<String> all = List.copyOf(new LinkedHashSet<>(buyers));
        for (int from = 0; from < all.size(); from += BUYERS_CHUNK) {
            reflagChunk(all.subList(from, Math.min(all.size(), from + BUYERS_CHUNK)), updates);
        }
        updates.flush();
        return updates.written() - before;
    }

    /**
     * Flags again the processes of every buyer with a direct award, and takes MX03 from processes that carry it
     * without any direct award left.
     */
    long reflagAll(FlagUpdates updates) {
        long written = reflag(allBuyers(), updates);
        long before = updates.written();
        ObjectNode withAwards = scan.nested(AWARDS, mapper.createObjectNode().set("match_all",
                mapper.createObjectNode()));
        scan.each(scan.butNot(scan.term("flagCodes", FlagCode.MX03.name()), withAwards), List.of("flags"), PAGE,
                page -> page.forEach(process -> updates.replace(process, MX03, List.of())));
        updates.flush();
        return written + updates.written() - before;
    }

    private void reflagChunk(List<String> buyers, FlagUpdates updates) {
        List<JsonNode> processes = new ArrayList<>();
        List<DirectAward> awards = new ArrayList<>();
        scan.each(scan.nested(AWARDS, scan.terms(AWARDS + ".buyer", buyers)), List.of(AWARDS, "flags"), PAGE,
                page -> page.forEach(process -> {
                    processes.add(process);
                    awards.addAll(ObservationJson.directAwards(process.path("observation"),
                            process.path("key").asText()));
                }));
        Map<String, Flag> flagged = mexican.splitPurchases(awards);
        processes.forEach(process -> updates.replace(process, MX03, Optional.ofNullable(
                flagged.get(process.path("key").asText())).stream().toList()));
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
