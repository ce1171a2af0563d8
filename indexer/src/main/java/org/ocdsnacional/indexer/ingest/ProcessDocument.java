package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.indexer.flags.NationalFlags;
import org.ocdsnacional.indexer.schema.ProcessSummary;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the searchable document of one contracting process: what it was compiled from (key, sources, releases,
 * validation counts) plus its compiled release, the fields derived from it ({@link CompiledFields}), its summary for
 * downloads ({@link ProcessSummary}) and its red flags ({@link NationalFlags}).
 */
final class ProcessDocument {

    /** The fields that do not come from the compiled release: a rebuild keeps them as they are. */
    private static final List<String> KEPT = List.of("key", "ocid", "sources", "states", "levels", "releaseCount",
            "withdrawn", "withdrawnSources", "releaseUids", "validation", "updatedAt", "flags", "flagCodes",
            "flagging", "observation", "publication");

    private final ObjectMapper mapper;
    private final Function<String, Optional<SourceDescriptor>> sources;
    private final CompiledFields compiledFields;
    private final Optional<NationalFlags> flags;

    ProcessDocument(ObjectMapper mapper, Function<String, Optional<SourceDescriptor>> sources,
                    Optional<NationalFlags> flags) {
        this.mapper = mapper;
        this.sources = sources;
        this.compiledFields = new CompiledFields(mapper);
        this.flags = flags;
    }

    /**
     * What a process document is built from, besides the compiled release.
     *
     * @param withdrawnSources the sources that no longer publish the process (all its releases from them withdrawn)
     * @param withdrawn        whether every source withdrew it: kept and searchable, and saying so
     * @param releaseUids      the uids of the releases it was compiled from
     * @param history          what its releases tell beyond the compiled release (for its flags)
     * @param previous         what was stored of it before ({@link NationalFlags#previousFields()}; missing if new)
     */
    record Inputs(String key, String ocid, ObjectNode compiled, Set<String> sourceIds, int releaseCount,
                  int errors, int warnings, Instant now, Set<String> withdrawnSources, boolean withdrawn,
                  Collection<String> releaseUids, PublicationHistory history, JsonNode previous) {
    }

    ObjectNode build(Inputs in) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("key", in.key());
        doc.put("ocid", in.ocid());
        putSources(doc, in.sourceIds());
        doc.put("releaseCount", in.releaseCount());
        doc.put("withdrawn", in.withdrawn());
        in.withdrawnSources().forEach(doc.putArray("withdrawnSources")::add);
        in.releaseUids().forEach(doc.putArray("releaseUids")::add);
        doc.putObject("validation").put("errors", in.errors()).put("warnings", in.warnings());
        doc.put("updatedAt", in.now().toString());
        flags.ifPresent(national -> doc.setAll(national.fields(in.key(), in.compiled(), in.history(),
                in.previous())));
        return withCompiledRelease(doc, in.compiled());
    }

    /**
     * A stored document with every field derived from its compiled release computed again, as this version computes
     * them: for documents an older version indexed. The rest is kept as it is (flags included: they are computed
     * again at start when they were not computed under the settings in force, {@link NationalFlags#catchUp}).
     */
    ObjectNode rebuild(JsonNode stored) {
        ObjectNode doc = mapper.createObjectNode();
        KEPT.stream().filter(stored::has).forEach(field -> doc.set(field, stored.get(field)));
        return withCompiledRelease(doc, stored.path("compiledRelease"));
    }

    private ObjectNode withCompiledRelease(ObjectNode doc, JsonNode compiled) {
        compiledFields.putInto(doc, compiled);
        doc.put(ProcessSummary.FIELD, ProcessSummary.of(doc, mapper));
        doc.set("compiledRelease", compiled);
        return doc;
    }

    private void putSources(ObjectNode doc, Set<String> sourceIds) {
        ArrayNode ids = doc.putArray("sources");
        Set<String> states = new LinkedHashSet<>();
        Set<String> levels = new LinkedHashSet<>();
        for (String id : sourceIds) {
            ids.add(id);
            sources.apply(id).ifPresent(source -> {
                states.add(source.state());
                levels.add(source.level());
            });
        }
        states.forEach(doc.putArray("states")::add);
        levels.forEach(doc.putArray("levels")::add);
    }
}
