package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.api.web.HealthCheck;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

/** OpenSearch is up when it answers and its cluster status is not red. */
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
            return new Status(!status.equals("red"), "cluster " + status);
        } catch (ClusterException e) {
            return new Status(false, e.getMessage());
        }
    }
}
