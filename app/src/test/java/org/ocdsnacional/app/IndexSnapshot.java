package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index holds, as a test compares it: every release (hash, process, withdrawn) and every process (its
 * compiled release, releases, sources, withdrawn flags), without what differs between two equal runs (run ids,
 * harvest and update times). Read over OpenSearch's HTTP API.
 *
 * @param releases  by release uid
 * @param processes by process key
 */
record IndexSnapshot(Map<String, String> releases, Map<String, String> processes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static IndexSnapshot of(URI openSearch) {
        return of(openSearch, "ocds");
    }

    /** The snapshot of the deployment whose index prefix is {@code prefix}. */
    static IndexSnapshot of(URI openSearch, String prefix) {
        send(openSearch, "GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
        send(openSearch, "POST", "/" + prefix + "-releases," + prefix + "-processes/_refresh", null);
        Map<String, String> releases = new TreeMap<>();
        for (JsonNode hit : all(openSearch, prefix + "-releases")) {
            JsonNode doc = hit.path("_source");
            releases.put(doc.path("uid").asText(), doc.path("processKey").asText() + " " + doc.path("hash").asText()
                    + " withdrawn=" + doc.path("withdrawn").asBoolean());
        }
        Map<String, String> processes = new TreeMap<>();
        for (JsonNode hit : all(openSearch, prefix + "-processes")) {
            ObjectNode doc = (ObjectNode) hit.path("_source");
            doc.remove("updatedAt");
            processes.put(doc.path("key").asText(), doc.toString());
        }
        return new IndexSnapshot(releases, processes);
    }

    /** Whether every release and process of {@code earlier} is here, unchanged. */
    boolean keepsAllOf(IndexSnapshot earlier) {
        return releases.entrySet().containsAll(earlier.releases.entrySet())
                && processes.entrySet().containsAll(earlier.processes.entrySet());
    }

    private static Iterable<JsonNode> all(URI openSearch, String index) {
        ObjectNode query = MAPPER.createObjectNode().put("size", 10_000);
        query.putObject("query").putObject("match_all");
        JsonNode answer = send(openSearch, "POST", "/" + index + "/_search", query);
        if (!answer.has("hits")) {
            throw new AssertionError("OpenSearch could not search " + index + ": " + answer);
        }
        return answer.path("hits").path("hits");
    }

    private static JsonNode send(URI openSearch, String method, String path, JsonNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(openSearch.resolve(path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            return MAPPER.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new AssertionError("OpenSearch did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
