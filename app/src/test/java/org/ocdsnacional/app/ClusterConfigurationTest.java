package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.Credentials;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.ShardLayout;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenSearch part of the configuration, as a deployment sets it: environment variables first. */
class ClusterConfigurationTest {

    private static final String SECRET = "s3cr3t-pa55word";

    @TempDir
    Path folder;

    @Test
    void byDefaultAnEmbeddedNodeWithTheOcdsPrefix() {
        AppConfig config = AppConfig.load(Optional.empty(), Map.of(), Map.of());
        assertTrue(config.cluster().isEmbedded());
        assertEquals("ocds", config.cluster().indexPrefix());
        assertEquals(Duration.ofMinutes(2), config.cluster().startupWait());
        assertEquals(Optional.empty(), config.cluster().credentials());
        assertEquals(ShardLayout.DEFAULT, config.shards());
    }

    @Test
    void aClusterIsConfiguredFromTheEnvironment() {
        AppConfig config = AppConfig.load(Optional.empty(), Map.of(), Map.of(
                "OPENSEARCH_URLS", "https://search-1:9200, https://search-2:9200",
                "OPENSEARCH_USERNAME", "ocds", "OPENSEARCH_PASSWORD", SECRET,
                "OPENSEARCH_TLS_CA", "/etc/ocds/ca.pem", "OPENSEARCH_INDEX_PREFIX", "staging",
                "OPENSEARCH_STARTUP_WAIT", "PT30S", "OPENSEARCH_REPLICAS_DEFAULT", "2",
                "OPENSEARCH_REPLICAS_RUNS", "1", "OPENSEARCH_SHARDS_RELEASES", "3"));
        ClusterConfig cluster = config.cluster();
        assertEquals(List.of(URI.create("https://search-1:9200"), URI.create("https://search-2:9200")), cluster.urls());
        assertEquals(Optional.of(new Credentials("ocds", SECRET)), cluster.credentials());
        assertEquals(Optional.of(Path.of("/etc/ocds/ca.pem")), cluster.caCertificate());
        assertEquals("staging", cluster.indexPrefix());
        assertEquals(Duration.ofSeconds(30), cluster.startupWait());
        assertEquals(2, config.shards().replicas(IndexName.PROCESSES, false));
        assertEquals(1, config.shards().replicas(IndexName.RUNS, false));
        assertEquals(3, config.shards().shards(IndexName.RELEASES));
        assertEquals(1, config.shards().shards(IndexName.PROCESSES));
        assertFalse(config.toString().contains(SECRET), "the password never shows: " + config);
    }

    @Test
    void replicasDefaultToZeroEmbeddedAndOneOnACluster() {
        ShardLayout layout = AppConfig.load(Optional.empty(), Map.of(), Map.of()).shards();
        assertEquals(0, layout.replicas(IndexName.PROCESSES, true));
        assertEquals(1, layout.replicas(IndexName.PROCESSES, false));
    }

    @Test
    void aPasswordWrittenInAFileOrOnTheCommandLineIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("ocds-nacional.yaml"), """
                opensearch:
                  urls: "https://search-1:9200"
                  password: "%s"
                """.formatted(SECRET));
        for (var attempt : List.<Runnable>of(
                () -> AppConfig.load(Optional.of(file), Map.of(), Map.of("OPENSEARCH_USERNAME", "ocds")),
                () -> AppConfig.load(Optional.empty(), Map.of("opensearch.password", SECRET), Map.of()))) {
            ConfigurationException refused = assertThrows(ConfigurationException.class, attempt::run);
            assertTrue(refused.getMessage().contains("OPENSEARCH_PASSWORD"), refused.getMessage());
            assertFalse(refused.getMessage().contains(SECRET), refused.getMessage());
        }
    }

    @Test
    void aUserWithoutPasswordIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of(), Map.of("OPENSEARCH_USERNAME", "ocds")));
        assertTrue(refused.getMessage().contains("OPENSEARCH_PASSWORD"), refused.getMessage());
    }

    @Test
    void badValuesNameTheirKey() {
        for (var bad : List.of(Map.of("opensearch.index.prefix", "Mi Despliegue"),
                Map.of("opensearch.replicas.processes", "dos"), Map.of("opensearch.shards.default", "0"),
                Map.of("opensearch.startup.wait", "-PT1S"))) {
            String key = bad.keySet().iterator().next();
            ConfigurationException refused = assertThrows(ConfigurationException.class,
                    () -> AppConfig.load(Optional.empty(), bad, Map.of()));
            assertTrue(refused.getMessage().contains(key.replace(".default", "")), refused.getMessage());
        }
    }
}
