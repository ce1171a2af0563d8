package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/** A real OpenSearch cluster a test runs against: three JVMs on this machine, or three containers. */
interface TestCluster extends AutoCloseable {

    /** Every node's HTTP URL as the test reaches it, in node order. */
    List<URI> urls();

    /** The URLs of the nodes still running. */
    List<URI> livingUrls();

    /** Every node's name ({@code node.name}), in node order. */
    List<String> nodeNames();

    /** The node (its position in {@link #urls()}) holding the primary shard of {@code index}. */
    default int primaryOf(String index) {
        JsonNode shards = LocalCluster.health(livingUrls().getFirst(), "/_cat/shards/" + index + "?format=json");
        for (JsonNode shard : shards) {
            if (shard.path("prirep").asText().equals("p")) {
                return nodeNames().indexOf(shard.path("node").asText());
            }
        }
        throw new AssertionError("No primary of " + index + ": " + shards);
    }

    /**
     * Waits until the living nodes form the cluster and every primary shard is assigned (status yellow or green), as
     * after a node's loss once its replicas have been promoted.
     */
    default void awaitPrimaries(Duration deadline) throws InterruptedException {
        int living = livingUrls().size();
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            JsonNode health = LocalCluster.health(livingUrls().getFirst(), "/_cluster/health?wait_for_status=yellow"
                    + "&wait_for_nodes=" + living + "&timeout=5s");
            if (health.has("status") && !health.path("timed_out").asBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The cluster did not have every primary within " + deadline);
    }

    /** Kills node {@code node} with SIGKILL and waits until it is gone. */
    void kill(int node) throws InterruptedException;

    /** The first node that is dead, if any. */
    OptionalInt dead();
}
