package org.ocdsnacional.indexer.schema;

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
import org.ocdsnacional.ocds.model.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several instances starting at once against one cluster: each is a connection of its own over HTTP to the same
 * node, and each test a deployment of its own (an index prefix), which is what lets deployments share a cluster.
 */
class IndexSetupRaceIT {

    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    static Path home;
    private static SearchCluster node;

    @BeforeAll
    static void start() {
        node = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void twoInstancesCreatingTheIndicesAtOnceBothServeTheSameAliases() throws Exception {
        for (int round = 0; round < 2; round++) {
            String prefix = "create-" + round;
            race(prefix, instance -> IndexSetup.ensure(instance, MAPPER));
            try (SearchCluster instance = instance(prefix)) {
                for (IndexName index : IndexName.values()) {
                    assertEquals(Set.of(index.versioned(instance)), pointedTo(instance, index.alias(instance)));
                }
                assertEquals(IndexName.values().length, indices(instance, prefix + "-*").size(), "no stray index");
            }
        }
    }

    @Test
    void twoInstancesMigratingAtOnceLoseNothing() throws Exception {
        String prefix = "migrate";
        int documents = 2_500;
        try (SearchCluster instance = instance(prefix)) {
            String old = oldIndex(instance, IndexName.RUNS, documents);

            race(prefix, racer -> IndexSetup.ensure(racer, MAPPER));

            String alias = IndexName.RUNS.alias(instance);
            assertEquals(Set.of(IndexName.RUNS.versioned(instance)), pointedTo(instance, alias));
            instance.send("POST", "/" + alias + "/_refresh", null);
            assertEquals(documents, instance.send("GET", "/" + alias + "/_count", null).path("count").asLong());
            assertEquals("jal-7", instance.send("GET", "/" + alias + "/_doc/r7", null).at("/_source/sourceId")
                    .asText());
            assertEquals(200, instance.status("HEAD", "/" + old), "the old index is kept for the operator");
        }
    }

    /**
     * An instance that migrated first may already write newer documents into the new index while another is still
     * copying the old one: the late copy leaves them as they are.
     */
    @Test
    void aLateCopyDoesNotOverwriteWhatIsNewer() {
        try (SearchCluster instance = instance("late")) {
            String old = oldIndex(instance, IndexName.RUNS, 3);
            String target = "late-runs-v1";
            instance.send("PUT", "/" + target, MAPPER.createObjectNode());
            instance.send("PUT", "/" + target + "/_doc/r1?refresh=true", run("r1", "newer"));

            long copied = new DocumentCopy(instance, MAPPER).copy(old, target, UnaryOperator.identity());

            assertEquals(3, copied);
            assertEquals("newer", instance.send("GET", "/" + target + "/_doc/r1", null).at("/_source/sourceId")
                    .asText());
            assertEquals("jal-2", instance.send("GET", "/" + target + "/_doc/r2", null).at("/_source/sourceId")
                    .asText());
        }
    }

    @Test
    void anIndexNewerThanThisVersionIsNeverTouched() {
        try (SearchCluster instance = instance("newer")) {
            String newer = IndexName.RUNS.alias(instance) + "-v9";
            ObjectNode body = MAPPER.createObjectNode();
            body.putObject("aliases").putObject(IndexName.RUNS.alias(instance));
            instance.send("PUT", "/" + newer, body);

            ClusterException refused = assertThrows(ClusterException.class,
                    () -> IndexSetup.ensure(instance, MAPPER));

            assertTrue(refused.getMessage().contains("newer than this version"), refused.getMessage());
            assertEquals(Set.of(newer), pointedTo(instance, IndexName.RUNS.alias(instance)));
            assertEquals(404, instance.status("HEAD", "/" + IndexName.RUNS.versioned(instance)));
        }
    }

    @Test
    void twoDeploymentsShareAClusterWithoutSeeingEachOther() {
        try (SearchCluster alpha = instance("alpha"); SearchCluster beta = instance("beta")) {
            IndexSetup.ensure(alpha, MAPPER);
            IndexSetup.ensure(beta, MAPPER);
            alpha.send("PUT", "/" + IndexName.RUNS.alias(alpha) + "/_doc/only-alpha?refresh=true", run("a", "jal"));

            assertEquals(1, alpha.send("GET", "/" + IndexName.RUNS.alias(alpha) + "/_count", null).path("count")
                    .asLong());
            assertEquals(0, beta.send("GET", "/" + IndexName.RUNS.alias(beta) + "/_count", null).path("count")
                    .asLong());
            assertEquals("alpha-processes", IndexName.PROCESSES.alias(alpha));
        }
    }

    /** Replicas: 0 on the embedded node, 1 on a cluster, or as configured per index; shards as configured. */
    @Test
    void shardsAndReplicasFollowTheLayout() {
        IndexSetup.ensure(node, MAPPER);
        assertEquals("0", setting(node, IndexName.PROCESSES.alias(node), "number_of_replicas"));
        try (SearchCluster cluster = instance("layout")) {
            IndexSetup.ensure(cluster, MAPPER, new ShardLayout(OptionalInt.empty(), Map.of(IndexName.RUNS, 0), 1,
                    Map.of(IndexName.PROCESSES, 2)), Map.of());
            assertEquals("1", setting(cluster, IndexName.RELEASES.alias(cluster), "number_of_replicas"));
            assertEquals("0", setting(cluster, IndexName.RUNS.alias(cluster), "number_of_replicas"));
            assertEquals("2", setting(cluster, IndexName.PROCESSES.alias(cluster), "number_of_shards"));

            IndexSetup.ensure(cluster, MAPPER, new ShardLayout(OptionalInt.of(0), Map.of(), 1, Map.of()), Map.of());
            assertEquals("0", setting(cluster, IndexName.RELEASES.alias(cluster), "number_of_replicas"),
                    "a change of replicas reaches the existing indices");
        }
    }

    /** Runs {@code setup} in two instances at the same moment; both must succeed. */
    private static void race(String prefix, java.util.function.Consumer<SearchCluster> setup) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.runAsync(() -> {
                try (SearchCluster instance = instance(prefix)) {
                    start.await(30, TimeUnit.SECONDS);
                    setup.accept(instance);
                } catch (Exception e) {
                    throw new AssertionError("an instance failed: " + e.getMessage(), e);
                }
            }));
        }
        for (CompletableFuture<Void> racer : racers) {
            racer.get(120, TimeUnit.SECONDS);
        }
    }

    /** An instance of deployment {@code prefix}: a connection of its own, over HTTP, to the node. */
    private static SearchCluster instance(String prefix) {
        return SearchCluster.open(ClusterConfig.external(node.uris()).withIndexPrefix(prefix), MAPPER);
    }

    /** An index of an earlier version ({@code -v0}) behind the alias of {@code index}, with run documents. */
    private static String oldIndex(SearchCluster instance, IndexName index, int documents) {
        String old = index.alias(instance) + "-v0";
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("aliases").putObject(index.alias(instance));
        instance.send("PUT", "/" + old, body);
        Map<String, ObjectNode> runs = new LinkedHashMap<>();
        for (int i = 1; i <= documents; i++) {
            runs.put("r" + i, run("r" + i, "jal-" + i));
        }
        assertEquals(List.of(), BulkWriter.create(instance, MAPPER).index(old, runs));
        instance.send("POST", "/" + old + "/_refresh", null);
        return old;
    }

    private static ObjectNode run(String id, String source) {
        return MAPPER.createObjectNode().put("runId", id).put("sourceId", source).put("state", "SUCCEEDED");
    }

    private static Set<String> pointedTo(SearchCluster cluster, String alias) {
        Set<String> indices = new TreeSet<>();
        cluster.send("GET", "/_alias/" + alias, null).fieldNames().forEachRemaining(indices::add);
        return indices;
    }

    private static Set<String> indices(SearchCluster cluster, String pattern) {
        Set<String> names = new TreeSet<>();
        cluster.send("GET", "/" + pattern, null).fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String setting(SearchCluster cluster, String alias, String name) {
        JsonNode settings = cluster.send("GET", "/" + alias + "/_settings", null).elements().next();
        return settings.at("/settings/index/" + name).asText();
    }
}
