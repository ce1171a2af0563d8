package org.ocdsnacional.indexer.schema;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many primary shards and replicas each index has. Replicas default to 0 on the embedded node (it has nowhere
 * else to put them) and to 1 on a cluster (a node can go down without losing data or answers); shards to 1.
 *
 * @param replicas        replicas of every index not named in {@code replicasByIndex}; empty for the default
 * @param replicasByIndex replicas of the indices that need their own count
 * @param shards          primary shards of every index not named in {@code shardsByIndex}
 * @param shardsByIndex   primary shards of the indices that need their own count (read when the index is created)
 */
public record ShardLayout(OptionalInt replicas, Map<IndexName, Integer> replicasByIndex, int shards,
                          Map<IndexName, Integer> shardsByIndex) {

    public static final ShardLayout DEFAULT = new ShardLayout(OptionalInt.empty(), Map.of(), 1, Map.of());

    public ShardLayout {
        replicasByIndex = copy(replicasByIndex);
        shardsByIndex = copy(shardsByIndex);
        replicas.ifPresent(n -> atLeast(0, n, "replicas"));
        atLeast(1, shards, "shards");
        replicasByIndex.values().forEach(n -> atLeast(0, n, "replicas"));
        shardsByIndex.values().forEach(n -> atLeast(1, n, "shards"));
    }

    /** The replicas of {@code index}, on the embedded node or on a cluster. */
    public int replicas(IndexName index, boolean embedded) {
        Integer own = replicasByIndex.get(index);
        if (own != null) {
            return own;
        }
        return replicas.orElse(embedded ? 0 : 1);
    }

    /** The primary shards of {@code index}. */
    public int shards(IndexName index) {
        return shardsByIndex.getOrDefault(index, shards);
    }

    private static Map<IndexName, Integer> copy(Map<IndexName, Integer> counts) {
        return counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    private static void atLeast(int least, int n, String what) {
        if (n < least) {
            throw new IllegalArgumentException("opensearch." + what + " must be at least " + least + ": " + n);
        }
    }
}
