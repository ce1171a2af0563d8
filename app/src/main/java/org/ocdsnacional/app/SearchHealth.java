package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.api.web.HealthCheck;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.Arrays;
import java.util.List;

/** OpenSearch is up when it answers, its cluster status is not red, and every index of the application is set up. */
final class SearchHealth implements HealthCheck {

    private final SearchCluster cluster;

    SearchHealth(SearchCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public String name() {
        return "opensearch";
    }

    @Override
    public Status check() {
        try {
            JsonNode health = cluster.send("GET", "/_cluster/health", null);
            String status = health.path("status").asText("unknown");
            if (status.equals("red")) {
                return new Status(false, "cluster " + status);
            }
            List<String> missing = Arrays.stream(IndexName.values()).map(index -> index.alias(cluster))
                    .filter(alias -> cluster.status("HEAD", "/" + alias) != 200).toList();
            return missing.isEmpty() ? new Status(true, "cluster " + status)
                    : new Status(false, "cluster " + status + ", indices not set up: " + missing);
        } catch (ClusterException e) {
            return new Status(false, e.getMessage());
        }
    }
}
