package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ContentHash;

import java.time.Clock;
import java.util.Optional;

/**
 * What the harvester knew of each document of each source after it last read it in full: the {@code ETag} and
 * {@code Last-Modified} to ask conditionally next time, and the SHA-256 of its bytes to skip it when it comes back
 * the same.
 */
public final class DocumentStateStore {

    /**
     * One document's state.
     *
     * @param etag         the {@code ETag} it came with
     * @param lastModified the {@code Last-Modified} it came with
     * @param sha256       SHA-256 of its body
     */
    public record State(Optional<String> etag, Optional<String> lastModified, String sha256) {
    }

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final Clock clock;

    private DocumentStateStore(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.clock = clock;
    }

    public static DocumentStateStore create(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        return new DocumentStateStore(cluster, mapper, clock);
    }

    public Optional<State> find(String sourceId, String url) {
        JsonNode answer = cluster.send("POST", "/" + IndexName.DOCUMENTS.alias(cluster) + "/_mget",
                mapper.createObjectNode().set("ids", mapper.createArrayNode().add(id(sourceId, url))));
        JsonNode doc = answer.path("docs").path(0);
        if (!doc.path("found").asBoolean()) {
            return Optional.empty();
        }
        JsonNode source = doc.path("_source");
        return Optional.of(new State(text(source, "etag"), text(source, "lastModified"),
                source.path("sha256").asText()));
    }

    /** Remembers a document's state; writes nothing when it is the one already stored. */
    public void save(String sourceId, String url, State state) {
        if (find(sourceId, url).filter(state::equals).isPresent()) {
            return;
        }
        ObjectNode doc = mapper.createObjectNode().put("sourceId", sourceId).put("url", url)
                .put("sha256", state.sha256()).put("updatedAt", clock.instant().toString());
        state.etag().ifPresent(etag -> doc.put("etag", etag));
        state.lastModified().ifPresent(date -> doc.put("lastModified", date));
        cluster.send("PUT", "/" + IndexName.DOCUMENTS.alias(cluster) + "/_doc/" + id(sourceId, url), doc);
    }

    private static String id(String sourceId, String url) {
        return ContentHash.of(new TextNode(sourceId + "\n" + url));
    }

    private static Optional<String> text(JsonNode source, String field) {
        return source.hasNonNull(field) ? Optional.of(source.path(field).asText()) : Optional.empty();
    }
}
