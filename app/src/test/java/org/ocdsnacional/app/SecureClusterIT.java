package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4ModulePlugin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An external cluster behind TLS, with a certificate signed by an authority of its own, and basic authentication
 * (a real node with {@link SecuredHttpPlugin}): configured as a deployment does it (the authority's PEM file, the
 * credentials in the environment), the application uses it; what waiting cannot mend (a password refused, a
 * certificate not trusted) fails at once, saying what to set, and never shows the password.
 */
class SecureClusterIT {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String USER = "ocds-nacional";
    private static final String PASSWORD = "correct-horse-battery-staple";

    @TempDir
    static Path work;
    private static Node node;
    private static String url;
    private static Path authority;
    private static Path otherAuthority;

    @BeforeAll
    static void startSecuredNode() throws Exception {
        TestCertificates ca = TestCertificates.authority("ocds test authority");
        authority = ca.writePem(work.resolve("ca.pem"));
        otherAuthority = TestCertificates.authority("someone else").writePem(work.resolve("other-ca.pem"));
        char[] storePassword = "key-store-password".toCharArray();
        Path keyStore = ca.writeServerKeyStore(work.resolve("server.p12"), storePassword);
        Path home = work.resolve("node");
        node = ClusterNode.start(Settings.builder()
                .put("cluster.name", "ocds-secured").put("node.name", "secured")
                .put("path.home", home.toString()).put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1").put("http.port", "0").put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("http.type", Netty4ModulePlugin.NETTY_SECURE_HTTP_TRANSPORT_NAME)
                .put(SecuredHttpPlugin.KEY_STORE.getKey(), keyStore.toString())
                .put(SecuredHttpPlugin.KEY_STORE_PASSWORD.getKey(), new String(storePassword))
                .put(SecuredHttpPlugin.USER.getKey(), USER).put(SecuredHttpPlugin.PASSWORD.getKey(), PASSWORD)
                .build(), List.of(SecuredHttpPlugin.class));
        url = "https://127.0.0.1:" + node.injector().getInstance(HttpServerTransport.class).boundAddress()
                .publishAddress().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void withItsAuthorityAndTheCredentialsFromTheEnvironmentTheClusterIsUsed() {
        AppConfig config = config(Optional.of(authority), Map.of("OPENSEARCH_USERNAME", USER,
                "OPENSEARCH_PASSWORD", PASSWORD));
        try (SearchCluster cluster = SearchCluster.open(config.cluster(), MAPPER)) {
            IndexSetup.ensure(cluster, MAPPER, config.shards(), Map.of());
            String runs = IndexName.RUNS.alias(cluster);
            cluster.send("PUT", "/" + runs + "/_doc/r1?refresh=true", MAPPER.createObjectNode()
                    .put("runId", "r1").put("sourceId", "jalisco"));
            assertEquals("secure-runs", runs);
            assertEquals("jalisco", cluster.send("GET", "/" + runs + "/_doc/r1", null).at("/_source/sourceId")
                    .asText());
        }
        assertFalse(config.toString().contains(PASSWORD), "the password never shows");
    }

    @Test
    void aPasswordRefusedFailsAtOnceSayingWhatToSet() {
        String wrong = "not-the-password";
        ClusterException refused = assertThrows(ClusterException.class, () -> SearchCluster.open(
                config(Optional.of(authority), Map.of("OPENSEARCH_USERNAME", USER, "OPENSEARCH_PASSWORD", wrong))
                        .cluster(), MAPPER));
        assertTrue(refused.getMessage().contains("rechazó las credenciales"), refused.getMessage());
        assertTrue(refused.getMessage().contains("OPENSEARCH_PASSWORD"), refused.getMessage());
        assertFalse(refused.getMessage().contains(wrong), refused.getMessage());
    }

    @Test
    void withoutCredentialsTheClusterRefusesAndTheMessageSaysWhichVariables() {
        ClusterException refused = assertThrows(ClusterException.class,
                () -> SearchCluster.open(config(Optional.of(authority), Map.of()).cluster(), MAPPER));
        assertTrue(refused.getMessage().contains("OPENSEARCH_USERNAME"), refused.getMessage());
    }

    @Test
    void aCertificateNotSignedByTheConfiguredAuthorityIsRefusedAtOnce() {
        Map<String, String> login = Map.of("OPENSEARCH_USERNAME", USER, "OPENSEARCH_PASSWORD", PASSWORD);
        for (Optional<Path> trusted : List.of(Optional.of(otherAuthority), Optional.<Path>empty())) {
            ClusterException refused = assertThrows(ClusterException.class,
                    () -> SearchCluster.open(config(trusted, login).cluster(), MAPPER));
            assertTrue(refused.getMessage().contains("TLS"), refused.getMessage());
            assertTrue(refused.getMessage().contains("opensearch.tls.ca"), refused.getMessage());
        }
    }

    /** The configuration of a deployment on the secured node; waiting long, so that only what cannot wait fails. */
    private static AppConfig config(Optional<Path> authority, Map<String, String> environment) {
        Map<String, String> overrides = new HashMap<>(Map.of("opensearch.urls", url,
                "opensearch.index.prefix", "secure", "opensearch.startup.wait", "PT5M"));
        authority.ifPresent(pem -> overrides.put("opensearch.tls.ca", pem.toString()));
        return AppConfig.load(Optional.empty(), overrides, environment);
    }
}
