package org.ocdsnacional.indexer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.Json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several URLs: a node that does not answer is skipped for the next, whichever place it has in the list; start-up
 * waits for a cluster that does not answer, then fails saying so in Spanish and English.
 */
class FailoverIT {

    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    static Path home;
    private static SearchCluster node;
    private static URI dead;

    @BeforeAll
    static void start() throws IOException {
        node = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        node.send("PUT", "/failover", MAPPER.createObjectNode());
        node.send("PUT", "/failover/_doc/1?refresh=true", MAPPER.createObjectNode().put("name", "Ñandú"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void everyRequestIsAnsweredWhenANodeOfTheListIsDown() {
        for (List<URI> urls : List.of(List.of(dead, node.uris().getFirst()), List.of(node.uris().getFirst(), dead))) {
            try (SearchCluster cluster = SearchCluster.open(ClusterConfig.external(urls), MAPPER)) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    names.add(cluster.send("GET", "/failover/_doc/1", null).at("/_source/name").asText());
                }
                assertEquals(List.of("Ñandú", "Ñandú", "Ñandú", "Ñandú", "Ñandú", "Ñandú"), names, urls.toString());
            }
        }
    }

    @Test
    void aClusterThatNeverAnswersFailsStartUpAfterTheWaitSayingWhy() {
        ClusterException failed = assertThrows(ClusterException.class, () -> SearchCluster.open(
                ClusterConfig.external(List.of(dead)).withStartupWait(Duration.ofSeconds(2)), MAPPER));
        assertTrue(failed.getMessage().startsWith("El clúster de OpenSearch no respondió en 2 s / The OpenSearch"
                + " cluster did not answer within 2 s at [" + dead + "]"), failed.getMessage());
        assertTrue(failed.getMessage().contains("opensearch.startup.wait"), failed.getMessage());
    }
}
