package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Indexes a batch of harvested releases, then recompiles every contracting process the batch touched from all
 * of that process's releases (from every source), and indexes the process documents.
 *
 * <p>A release's document id is derived from (source, ocid, release id), so harvesting the same release again
 * replaces it instead of adding a duplicate.
 */
public final class ReleaseIndexer {

    private static final int PAGE = 1_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ReleaseCompiler compiler;
    private final ProcessDocument processDocument;
    private final BulkWriter bulk;
    private final Clock clock;

    private ReleaseIndexer(SearchCluster cluster, ObjectMapper mapper, ReleaseCompiler compiler,
                           Function<String, Optional<SourceDescriptor>> sources, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.compiler = compiler;
        this.processDocument = new ProcessDocument(mapper, sources);
        this.bulk = new BulkWriter(cluster.client());
        this.clock = clock;
    }

    public static ReleaseIndexer create(SearchCluster cluster, ObjectMapper mapper, ReleaseCompiler compiler,
                                        Function<String, Optional<SourceDescriptor>> sources, Clock clock) {
        return new ReleaseIndexer(cluster, mapper, compiler, sources, clock);
    }

    public IngestResult index(List<HarvestedRelease> batch) {
        Map<String, ObjectNode> releases = new LinkedHashMap<>();
        for (HarvestedRelease harvested : batch) {
            releases.put(releaseId(harvested), releaseDocument(harvested));
        }
        List<String> failures = new ArrayList<>(bulk.index(IndexName.RELEASES.alias(), releases));
        cluster.send("POST", "/" + IndexName.RELEASES.alias() + "/_refresh", null);
        Map<String, ObjectNode> processes = compile(touchedKeys(batch));
        failures.addAll(bulk.index(IndexName.PROCESSES.alias(), processes));
        return new IngestResult(releases.size(), processes.size(), failures);
    }

    /** Makes everything written so far visible to searches. */
    public void refresh() {
        cluster.send("POST", "/" + IndexName.PROCESSES.alias() + "," + IndexName.RELEASES.alias() + "/_refresh",
                null);
    }

    private static Collection<String> touchedKeys(List<HarvestedRelease> batch) {
        var keys = new LinkedHashSet<String>();
        batch.forEach(harvested -> keys.add(ProcessKey.of(harvested.sourceId(), harvested.release().ocid())));
        return keys;
    }

    private Map<String, ObjectNode> compile(Collection<String> keys) {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        storedReleases(keys).forEach((key, stored) -> documents.put(key, processDocument.build(inputs(key, stored))));
        return documents;
    }

    private ProcessDocument.Inputs inputs(String key, List<JsonNode> stored) {
        List<Release> releases = new ArrayList<>();
        var sources = new LinkedHashSet<String>();
        int errors = 0;
        int warnings = 0;
        for (JsonNode source : stored) {
            releases.add(new Release((ObjectNode) source.path("json")));
            sources.add(source.path("sourceId").asText());
            errors += source.path("validation").path("errors").asInt();
            warnings += source.path("validation").path("warnings").asInt();
        }
        ObjectNode compiled = compiler.compile(releases);
        String ocid = releases.getLast().ocid();
        return new ProcessDocument.Inputs(key, ocid, compiled, sources, releases.size(), errors, warnings,
                clock.instant());
    }

    /** All stored releases of the given processes, oldest first, grouped by process key. */
    private Map<String, List<JsonNode>> storedReleases(Collection<String> keys) {
        Map<String, List<JsonNode>> byKey = new TreeMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode query = releasesQuery(keys, after);
            JsonNode hits = cluster.send("POST", "/" + IndexName.RELEASES.alias() + "/_search", query)
                    .path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                byKey.computeIfAbsent(source.path("processKey").asText(), k -> new ArrayList<>()).add(source);
            }
            if (hits.size() < PAGE) {
                return byKey;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private ObjectNode releasesQuery(Collection<String> keys, JsonNode after) {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", PAGE);
        ArrayNode terms = query.putObject("query").putObject("terms").putArray("processKey");
        keys.forEach(terms::add);
        ArrayNode sort = query.putArray("sort");
        sort.addObject().putObject("processKey").put("order", "asc");
        sort.addObject().putObject("date").put("order", "asc").put("missing", "_first");
        sort.addObject().putObject("uid").put("order", "asc");
        if (after != null) {
            query.set("search_after", after);
        }
        return query;
    }

    private ObjectNode releaseDocument(HarvestedRelease harvested) {
        Release release = harvested.release();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("uid", releaseId(harvested));
        doc.put("sourceId", harvested.sourceId());
        doc.put("runId", harvested.runId());
        doc.put("ocid", release.ocid());
        doc.put("processKey", ProcessKey.of(harvested.sourceId(), release.ocid()));
        doc.put("releaseId", release.id());
        release.date().flatMap(Dates::normalise).ifPresent(date -> doc.put("date", date));
        ArrayNode tags = doc.putArray("tags");
        release.json().path("tag").forEach(tag -> tags.add(tag.asText()));
        doc.put("hash", harvested.contentHash());
        harvested.packageInfo().version().ifPresent(version -> doc.put("packageVersion", version));
        doc.put("harvestedAt", clock.instant().toString());
        doc.set("validation", validation(harvested.issues()));
        doc.set("json", release.json());
        return doc;
    }

    private ObjectNode validation(List<ValidationIssue> issues) {
        ObjectNode validation = mapper.createObjectNode();
        validation.put("errors", issues.stream().filter(i -> i.severity() == Severity.ERROR).count());
        validation.put("warnings", issues.stream().filter(i -> i.severity() == Severity.WARNING).count());
        validation.set("issues", mapper.valueToTree(issues));
        return validation;
    }

    private static String releaseId(HarvestedRelease harvested) {
        Release release = harvested.release();
        String releaseId = release.id().isEmpty() ? harvested.contentHash() : release.id();
        return ContentHash.of(new TextNode(harvested.sourceId() + "\n" + release.ocid() + "\n" + releaseId));
    }
}
