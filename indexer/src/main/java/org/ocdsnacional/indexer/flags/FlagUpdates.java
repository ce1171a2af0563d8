package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes some of the flags of stored process documents: for each, the flags of some codes are replaced by those
 * computed again; a document whose flags come out the same is not written.
 */
final class FlagUpdates {

    private final ObjectMapper mapper;
    private final BulkWriter bulk;
    private final String processes;
    private final Map<String, ObjectNode> pending = new LinkedHashMap<>();
    private long written;

    /** Updates written with {@code bulk} to the process documents of {@code cluster}. */
    FlagUpdates(ObjectMapper mapper, BulkWriter bulk, SearchCluster cluster) {
        this.mapper = mapper;
        this.bulk = bulk;
        this.processes = IndexName.PROCESSES.alias(cluster);
    }

    /**
     * Replaces, in the process {@code stored} (with its {@code key} and {@code flags}), the flags of {@code codes} by
     * {@code fresh}; queued when that changes them.
     */
    void replace(JsonNode stored, Set<FlagCode> codes, List<Flag> fresh) {
        List<Flag> before = FlagJson.read(stored.path("flags"));
        List<Flag> after = new ArrayList<>(before.stream().filter(flag -> !codes.contains(flag.code())).toList());
        after.addAll(fresh);
        after.sort(Comparator.comparing(Flag::code));
        if (after.equals(before)) {
            return;
        }
        ObjectNode fields = mapper.createObjectNode();
        fields.set("flags", FlagJson.write(mapper, after));
        fields.set("flagCodes", FlagJson.codes(mapper, after));
        put(stored.path("key").asText(), fields);
    }

    /** Queues a change of some fields of the process {@code key}. */
    void put(String key, ObjectNode fields) {
        pending.put(key, fields);
        if (pending.size() >= ProcessScan.TERMS_CHUNK) {
            flush();
        }
    }

    /** Writes what is queued. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> failed = bulk.update(processes, pending);
        if (!failed.isEmpty()) {
            throw new ClusterException("Could not flag processes again: " + failed.getFirst());
        }
        written += pending.size();
        pending.clear();
    }

    /** How many documents were written. */
    long written() {
        return written;
    }
}
