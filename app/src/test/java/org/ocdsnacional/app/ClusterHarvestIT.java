package org.ocdsnacional.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The application against a real 3-node OpenSearch cluster on this machine (three JVMs, {@link LocalCluster}), as
 * an external cluster given by several URLs ({@link NodeLossScenario}). Start-up waits for the cluster (the
 * application starts before the nodes do); a node killed with {@code SIGKILL} in the middle of a harvest costs
 * nothing (the harvest goes on through the other nodes, or its rerun completes it), compared with a clean run of the
 * same source in another deployment (index prefix) of the same cluster; and with the first URL's node dead, the API
 * still answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterHarvestIT {

    private static final int PROCESSES = 600;
    private static final String HEAP = "512m";

    @TempDir
    static Path work;
    private static NodeLossScenario scenario;
    private static LocalCluster cluster;

    @BeforeAll
    static void startClusterAndHarvestOnce() throws Exception {
        scenario = NodeLossScenario.publish(work, SharedFixtures.root().resolve("ocds-mirror"), PROCESSES,
                false);
        // the nodes' homes (their logs) stay under target/ after the test, to read when it fails
        cluster = LocalCluster.start(Path.of("target", "cluster-it-" + System.currentTimeMillis()), 3, HEAP);
        // the application starts as the nodes do: it waits for the cluster ("esperando al clúster…")
        scenario.harvestClean("clean", cluster.urls());
        cluster.awaitFormed(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
        if (scenario != null) {
            scenario.close();
        }
    }

    @Test
    @Order(1)
    void aNodeKilledMidHarvestLosesNoAcknowledgedWrite() {
        scenario.harvestKillingANode("killed", cluster);
        scenario.assertSameIndices(cluster.livingUrls().getFirst(), "clean", "killed");
    }

    @Test
    @Order(2)
    void withTheFirstUrlsNodeDeadTheApiStillAnswers() throws InterruptedException {
        scenario.assertApiAnswersWithADeadNodeFirst("clean", cluster);
    }
}
