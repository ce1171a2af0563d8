package org.ocdsnacional.app;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.MountableFile;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link ClusterHarvestIT}'s scenario against containers, where a Docker engine exists (a CI that has one): a
 * 3-node cluster of the official OpenSearch image at the build's version, first with the application in this JVM,
 * then with the application in the project's own image ({@code deploy/Dockerfile}) running {@code harvest}. Skipped,
 * saying so, where there is no Docker engine.
 */
class ContainerClusterIT {

    private static final int PROCESSES = 600;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+) requests, (\\d+) releases");
    private static final String IN_CONTAINER_HOST = "host.testcontainers.internal";

    @TempDir
    static Path work;
    private static String openSearchImage;

    /** Per test, so that each is reported skipped with the reason. */
    @BeforeEach
    void needsDocker() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "Skipped: no Docker engine on this machine "
                + "(Testcontainers needs one); ClusterHarvestIT runs the same scenario on three local JVMs");
        openSearchImage = "opensearchproject/opensearch:" + DeployFiles.openSearchVersion(DeployFiles.root());
    }

    @Test
    void theOfficialImagesClusterLosesNoAcknowledgedWriteWhenANodeIsKilled() throws Exception {
        try (NodeLossScenario scenario = NodeLossScenario.publish(work.resolve("in-jvm"), mirror(), PROCESSES, false);
             ContainerCluster cluster = ContainerCluster.start(openSearchImage, 3)) {
            scenario.harvestClean("clean", cluster.urls());
            scenario.harvestKillingANode("killed", cluster);
            scenario.assertSameIndices(cluster.livingUrls().getFirst(), "clean", "killed");
            scenario.assertApiAnswersWithADeadNodeFirst("clean", cluster);
        }
    }

    @Test
    void theProjectsImageHarvestsThroughANodeLoss() throws Exception {
        Path folder = Files.createDirectories(work.resolve("image"));
        try (NodeLossScenario scenario = NodeLossScenario.publish(folder, mirror(), PROCESSES, true);
             ContainerCluster cluster = ContainerCluster.start(openSearchImage, 3)) {
            Testcontainers.exposeHostPorts(scenario.port());
            Path registry = scenario.registryFor(IN_CONTAINER_HOST);
            ImageFromDockerfile image = new ImageFromDockerfile("ocds-nacional-test", false)
                    .withFileFromPath(".", DeployFiles.root())
                    .withDockerfilePath("deploy/Dockerfile");

            assertEquals(0, harvestInImage(image, cluster, registry, "clean", () -> { }), "the clean run succeeds");
            AtomicBoolean killed = new AtomicBoolean();
            long exit = harvestInImage(image, cluster, registry, "killed", () -> {
                if (!killed.getAndSet(true)) {
                    cluster.kill(cluster.primaryOf("killed-processes"));
                }
            });
            assertTrue(killed.get(), "a node was killed during the harvest");
            if (exit != 0) {
                exit = harvestInImage(image, cluster, registry, "killed", () -> { });
            }
            assertEquals(0, exit, "the harvest, or its rerun, completes");
            scenario.assertSameIndices(cluster.livingUrls().getFirst(), "clean", "killed");
        }
    }

    /**
     * Runs {@code harvest --source cluster} in the project's image into deployment {@code prefix}; {@code atAThird}
     * runs once the run reports a third of the releases read. Returns the command's exit status.
     */
    private static long harvestInImage(ImageFromDockerfile image, ContainerCluster cluster, Path registry,
                                       String prefix, Runnable atAThird) {
        AtomicBoolean reached = new AtomicBoolean();
        StringBuilder output = new StringBuilder();
        try (GenericContainer<?> harvest = new GenericContainer<>(image)
                .withNetwork(cluster.network())
                .withCommand("harvest", "--source", NodeLossScenario.SOURCE)
                .withEnv("OPENSEARCH_URLS", cluster.networkUrls().stream().map(URI::toString)
                        .collect(Collectors.joining(",")))
                .withEnv("OPENSEARCH_INDEX_PREFIX", prefix)
                .withEnv("REGISTRY_PATH", "/opt/ocds-nacional/test-registry.yaml")
                .withEnv("SCHEMAS_MIRROR", "/opt/ocds-nacional/mirror")
                .withCopyFileToContainer(MountableFile.forHostPath(registry), "/opt/ocds-nacional/test-registry.yaml")
                .withCopyFileToContainer(MountableFile.forHostPath(mirror()), "/opt/ocds-nacional/mirror")
                // started is enough: the run's end is awaited below, whatever its exit status
                .withStartupCheckStrategy(new StartupCheckStrategy() {
                    @Override
                    public StartupStatus checkStartupState(DockerClient docker, String containerId) {
                        return StartupStatus.SUCCESSFUL;
                    }
                })
                .withLogConsumer(frame -> {
                    output.append(frame.getUtf8String());
                    Matcher progress = PROGRESS.matcher(output.substring(Math.max(0, output.length() - 200)));
                    long releases = 0;
                    while (progress.find()) {
                        releases = Long.parseLong(progress.group(2));
                    }
                    if (releases >= 2L * PROCESSES / 3 && !reached.getAndSet(true)) {
                        atAThird.run();
                    }
                })) {
            harvest.start();
            return DockerClientFactory.instance().client().waitContainerCmd(harvest.getContainerId())
                    .exec(new WaitContainerResultCallback()).awaitStatusCode();
        }
    }

    private static Path mirror() {
        return SharedFixtures.root().resolve("ocds-mirror");
    }
}
