package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs an index template per index and creates the versioned index behind its alias when the alias
 * does not exist yet. Safe to run at every start: existing indices keep their data, fields added to a mapping
 * since they were created are added to them, their replicas follow the configuration, and an alias that points to
 * an older version of an index (a changed field) is migrated to the new version.
 *
 * <p>Safe when several instances start at once against one cluster: an index is created only if absent (the one
 * that loses the race uses the winner's), a migration copies only documents the new index does not have yet, and the
 * alias moves in one atomic {@code _aliases} call that any number of instances can make. An index newer than this
 * version knows is never touched.
 */
public final class IndexSetup {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSetup.class);

    /**
     * Writers refresh when a run ends (and run records are written with a refresh), so the periodic refresh only
     * needs to catch what nothing else refreshed; a long interval spares the bulk loads.
     */
    private static final String REFRESH_INTERVAL = "30s";
    private static final String ALREADY_EXISTS = "resource_already_exists_exception";
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)$");

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ShardLayout layout;

    private IndexSetup(SearchCluster cluster, ObjectMapper mapper, ShardLayout layout) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.layout = layout;
    }

    /** Prepares every index; an index that moves to a new version gets its documents copied as they are. */
    public static void ensure(SearchCluster cluster, ObjectMapper mapper) {
        ensure(cluster, mapper, ShardLayout.DEFAULT, Map.of());
    }

    /**
     * Prepares every index with the default shards and replicas; an index that moves to a new version gets its
     * documents copied through its upgrade in {@code upgrades}, or as they are.
     */
    public static void ensure(SearchCluster cluster, ObjectMapper mapper,
                              Map<IndexName, UnaryOperator<ObjectNode>> upgrades) {
        ensure(cluster, mapper, ShardLayout.DEFAULT, upgrades);
    }

    /**
     * Prepares every index with the shards and replicas of {@code layout}; an index that moves to a new version gets
     * its documents copied through its upgrade in {@code upgrades} (which computes again what the new version
     * derives differently), or as they are.
     */
    public static void ensure(SearchCluster cluster, ObjectMapper mapper, ShardLayout layout,
                              Map<IndexName, UnaryOperator<ObjectNode>> upgrades) {
        IndexSetup setup = new IndexSetup(cluster, mapper, layout);
        JsonNode analysis = setup.resource("/opensearch/analysis.json");
        for (IndexName index : IndexName.values()) {
            setup.ensure(index, analysis, upgrades.getOrDefault(index, UnaryOperator.identity()));
        }
        waitUntilReadable(cluster);
    }

    /**
     * After a restart (and above all after a crash) the shards recover from disk for a while: wait until every
     * primary is there, so that the first reads and writes do not fail.
     */
    private static void waitUntilReadable(SearchCluster cluster) {
        JsonNode health = cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
        if (health.path("timed_out").asBoolean()) {
            throw new ClusterException("OpenSearch did not make the indices available within 60 s (status "
                    + health.path("status").asText() + "): see its log.");
        }
    }

    private void ensure(IndexName index, JsonNode analysis, UnaryOperator<ObjectNode> upgrade) {
        ObjectNode template = template(index, analysis);
        cluster.send("PUT", "/_index_template/" + index.alias(cluster), template);
        Optional<String> current = current(index);
        if (current.isEmpty()) {
            create(index);
        } else if (!current.get().equals(index.versioned(cluster))) {
            migrate(index, current.get(), upgrade);
            return;
        }
        update(index, template);
    }

    /** The index behind the alias, if the alias exists. */
    private Optional<String> current(IndexName index) {
        String alias = "/_alias/" + index.alias(cluster);
        if (cluster.status("HEAD", alias) == 404) {
            return Optional.empty();
        }
        return Optional.of(cluster.send("GET", alias, null).fieldNames().next());
    }

    /**
     * Creates the versioned index with its alias, unless another instance just did; an index found without its
     * alias (left so by hand) gets it.
     */
    private void create(IndexName index) {
        ObjectNode body = mapper.createObjectNode();
        body.putObject("aliases").putObject(index.alias(cluster));
        if (!createIfAbsent(index.versioned(cluster), body)) {
            moveAlias(index, Optional.empty());
        }
    }

    /** Whether this call created the index ({@code false}: it existed already). */
    private boolean createIfAbsent(String name, ObjectNode body) {
        try {
            cluster.send("PUT", "/" + name, body);
            return true;
        } catch (ClusterException e) {
            if (e.hasErrorType(ALREADY_EXISTS)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Brings an index of this version up to date: fields added to its mapping, refresh interval, replicas. Settings
     * already as configured are left alone (each change is a cluster-state update every instance waits for).
     */
    private void update(IndexName index, ObjectNode template) {
        String alias = index.alias(cluster);
        cluster.send("PUT", "/" + alias + "/_mapping", template.path("template").path("mappings"));
        JsonNode current = cluster.send("GET", "/" + alias + "/_settings", null).elements().next()
                .at("/settings/index");
        ObjectNode changes = mapper.createObjectNode();
        differing(changes, current, "refresh_interval", REFRESH_INTERVAL);
        differing(changes, current, "auto_expand_replicas", "false");
        differing(changes, current, "number_of_replicas",
                Integer.toString(layout.replicas(index, cluster.isEmbedded())));
        if (!changes.isEmpty()) {
            cluster.send("PUT", "/" + alias + "/_settings", changes);
        }
        int shards = current.path("number_of_shards").asInt(layout.shards(index));
        if (shards != layout.shards(index)) {
            LOG.warn("Index {} has {} primary shard(s) and the configuration asks for {}: shards are fixed when an "
                    + "index is created, so this applies from its next version (or split it with OpenSearch's "
                    + "_split API)", alias, shards, layout.shards(index));
        }
    }

    /** Adds {@code index.name: wanted} to {@code changes} unless the index has it already (absent means false). */
    private static void differing(ObjectNode changes, JsonNode current, String name, String wanted) {
        if (!current.path(name).asText("false").equals(wanted)) {
            changes.put("index." + name, wanted);
        }
    }

    /**
     * Moves an index to this version's mapping: builds the new versioned index beside the old one (unless another
     * instance already did), copies every document it does not have yet (through {@code upgrade}), then points the
     * alias to it in one atomic step. If anything fails the alias still points to the old index, untouched; the
     * old index is kept after a success, for the operator to delete.
     */
    private void migrate(IndexName index, String current, UnaryOperator<ObjectNode> upgrade) {
        String target = index.versioned(cluster);
        if (version(current) > index.version()) {
            throw new ClusterException("El índice " + index.alias(cluster) + " ya está en " + current + ", más nuevo "
                    + "que esta versión de ocds-nacional / Index " + index.alias(cluster) + " is at " + current
                    + ", newer than this version of ocds-nacional knows (" + target + "): upgrade this instance."
                    + " Nothing was changed.");
        }
        LOG.warn("Index {} points to {}; this version uses {}: copying documents into it", index.alias(cluster),
                current, target);
        createIfAbsent(target, mapper.createObjectNode());
        long copied = new DocumentCopy(cluster, mapper).copy(current, target, upgrade);
        moveAlias(index, Optional.of(current));
        LOG.warn("Index {} now points to {} ({} documents copied); {} is kept: delete it when no longer needed",
                index.alias(cluster), target, copied, current);
    }

    /**
     * Points the alias to this version's index, and away from {@code from}, in one atomic call; repeating it (as
     * another instance migrating at the same time does) changes nothing.
     */
    private void moveAlias(IndexName index, Optional<String> from) {
        ObjectNode swap = mapper.createObjectNode();
        ArrayNode actions = swap.putArray("actions");
        from.ifPresent(old -> actions.addObject().putObject("remove").put("index", old)
                .put("alias", index.alias(cluster)).put("must_exist", false));
        actions.addObject().putObject("add").put("index", index.versioned(cluster)).put("alias", index.alias(cluster));
        cluster.send("POST", "/_aliases", swap);
    }

    /** The version an index name carries ({@code -v3}); 0 for a name without one. */
    private static int version(String indexName) {
        Matcher version = VERSION.matcher(indexName);
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    private ObjectNode template(IndexName index, JsonNode analysis) {
        ObjectNode body = mapper.createObjectNode();
        body.putArray("index_patterns").add(index.alias(cluster) + "-v*");
        ObjectNode template = body.putObject("template");
        ObjectNode settings = template.putObject("settings");
        settings.put("number_of_shards", layout.shards(index));
        settings.put("number_of_replicas", layout.replicas(index, cluster.isEmbedded()));
        settings.put("refresh_interval", REFRESH_INTERVAL);
        settings.set("analysis", analysis);
        template.set("mappings", resource(index.mappingResource()));
        return body;
    }

    private JsonNode resource(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ClusterException("Missing index definition on the classpath: " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new ClusterException("Unreadable index definition " + name + ": " + e.getMessage(), e);
        }
    }
}
