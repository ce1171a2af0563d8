package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.national.NationalStatistics;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flags index: one small document with the population's statistics (and the settings they were counted under),
 * and one document per organization they flag (R025, R038, R048), each {@code organization|code|subject}.
 */
final class StatisticsStore {

    private static final String STATISTICS = "statistics";
    private static final String ORGANIZATION = "organization";
    private static final int MOST_FLAGGED = 10_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final BulkWriter bulk;
    private final Clock clock;

    StatisticsStore(SearchCluster cluster, ObjectMapper mapper, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.bulk = BulkWriter.create(cluster, mapper);
        this.clock = clock;
    }

    /**
     * What was stored last.
     *
     * @param statistics  the statistics and the organizations they flag
     * @param fingerprint the settings they were counted under
     */
    record Stored(NationalStatistics statistics, String fingerprint) {
    }

    /** The statistics stored, if any were. */
    Optional<Stored> load() {
        String path = "/" + IndexName.FLAGS.alias(cluster) + "/_doc/" + STATISTICS;
        return cluster.source(path).map(doc -> new Stored(new NationalStatistics(
                Optional.of(StatisticsJson.read(doc.path(STATISTICS))), organizations()),
                doc.path("fingerprint").asText()));
    }

    /**
     * Stores the statistics: the organizations they flag first (only those whose flag is new or changed written,
     * those no longer flagged removed), then the statistics document, so that an interruption leaves the old
     * statistics, to be counted again.
     */
    void save(NationalStatistics statistics, String fingerprint, long observations) {
        Map<String, Flag> stored = storedFlags();
        Map<String, ObjectNode> changed = new LinkedHashMap<>();
        Set<String> flagged = new HashSet<>();
        statistics.organizations().forEach((code, subjects) -> subjects.forEach((subject, flag) -> {
            String id = id(code, subject);
            flagged.add(id);
            if (!flag.equals(stored.get(id))) {
                changed.put(id, organization(code, subject, flag));
            }
        }));
        List<String> failed = bulk.index(IndexName.FLAGS.alias(cluster), changed);
        if (!failed.isEmpty()) {
            throw new ClusterException("Could not store the flagged organizations: " + failed.getFirst());
        }
        if (stored.size() >= MOST_FLAGGED) {
            removeAllBut(flagged);
        } else {
            new Deletions(cluster, mapper).byIds(IndexName.FLAGS.alias(cluster), stored.keySet().stream()
                    .filter(id -> !flagged.contains(id)).toList());
        }
        ObjectNode doc = mapper.createObjectNode().put("kind", STATISTICS).put("fingerprint", fingerprint)
                .put("computedAt", clock.instant().toString()).put("observations", observations);
        statistics.population().ifPresent(population -> doc.set(STATISTICS,
                StatisticsJson.write(mapper, population)));
        cluster.send("PUT", "/" + IndexName.FLAGS.alias(cluster) + "/_doc/" + STATISTICS + "?refresh=true", doc);
    }

    private Map<FlagCode, Map<String, Flag>> organizations() {
        Map<FlagCode, Map<String, Flag>> organizations = new EnumMap<>(FlagCode.class);
        for (JsonNode hit : flaggedOrganizations()) {
            JsonNode doc = hit.path("_source");
            organizations.computeIfAbsent(FlagCode.valueOf(doc.path("code").asText()), code -> new HashMap<>())
                    .put(doc.path("subject").asText(), FlagJson.readOne(doc.path("flag")));
        }
        return organizations;
    }

    /** The flag of each organization stored, by document id (at most {@link #MOST_FLAGGED}). */
    private Map<String, Flag> storedFlags() {
        cluster.send("POST", "/" + IndexName.FLAGS.alias(cluster) + "/_refresh", null);
        Map<String, Flag> stored = new HashMap<>();
        flaggedOrganizations().forEach(hit -> stored.put(hit.path("_id").asText(),
                FlagJson.readOne(hit.path("_source").path("flag"))));
        return stored;
    }

    private JsonNode flaggedOrganizations() {
        ObjectNode query = mapper.createObjectNode().put("size", MOST_FLAGGED);
        query.putObject("query").putObject("term").put("kind", ORGANIZATION);
        return search(query);
    }

    private ObjectNode organization(FlagCode code, String subject, Flag flag) {
        int colon = subject.indexOf(':');
        ObjectNode doc = mapper.createObjectNode().put("kind", ORGANIZATION).put("code", code.name())
                .put("subject", subject).put("group", subject.substring(0, colon))
                .put("orgId", subject.substring(colon + 1));
        doc.set("flag", FlagJson.write(mapper, flag));
        return doc;
    }

    private void removeAllBut(Set<String> kept) {
        ObjectNode query = mapper.createObjectNode();
        ObjectNode bool = query.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("term").put("kind", ORGANIZATION);
        if (!kept.isEmpty()) {
            ArrayNode ids = bool.putArray("must_not").addObject().putObject("ids").putArray("values");
            kept.forEach(ids::add);
        }
        new Deletions(cluster, mapper).matching(IndexName.FLAGS.alias(cluster), query.path("query"));
    }

    private JsonNode search(ObjectNode query) {
        return cluster.send("POST", "/" + IndexName.FLAGS.alias(cluster) + "/_search", query).path("hits").path("hits");
    }

    private static String id(FlagCode code, String subject) {
        return ORGANIZATION + "|" + code.name() + "|" + subject;
    }
}
