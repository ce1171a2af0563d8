package org.ocdsnacional.indexer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An alias left on an older index version by a previous release is migrated at start-up, data included. */
class IndexMigrationIT {

    private static final ObjectMapper MAPPER = Json.mapper();

    @TempDir
    Path home;

    @Test
    void anOlderIndexIsCopiedIntoTheNewVersionAndTheAliasSwapped() {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home), MAPPER)) {
            String old = IndexName.RUNS.alias() + "-v0";
            ObjectNode body = MAPPER.createObjectNode();
            body.putObject("aliases").putObject(IndexName.RUNS.alias());
            cluster.send("PUT", "/" + old, body);
            cluster.send("PUT", "/" + old + "/_doc/r1?refresh=true", MAPPER.createObjectNode()
                    .put("runId", "r1").put("sourceId", "jal").put("state", "SUCCEEDED"));

            IndexSetup.ensure(cluster, MAPPER);

            var alias = cluster.send("GET", "/_alias/" + IndexName.RUNS.alias(), null);
            assertTrue(alias.has(IndexName.RUNS.versioned()), alias.toString());
            assertEquals(1, alias.size(), "the alias points to the new version only");
            assertEquals("jal", cluster.send("GET", "/" + IndexName.RUNS.alias() + "/_doc/r1", null)
                    .at("/_source/sourceId").asText());
            assertEquals(200, cluster.status("HEAD", "/" + old), "the old index is kept for the operator");
        }
    }
}
