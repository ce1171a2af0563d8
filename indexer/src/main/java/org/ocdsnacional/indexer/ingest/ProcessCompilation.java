package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles one process from the stored documents of all its releases, from every source, in a fixed order (date,
 * then uid) so that the same releases always compile to the same document, however and in whatever order they
 * arrived.
 */
final class ProcessCompilation {

    private static final Comparator<Ordered> ORDER = Comparator.comparing(Ordered::date)
            .thenComparing(Ordered::uid);

    private final ReleaseCompiler compiler;
    private final ProcessDocument processDocument;
    private final Clock clock;

    ProcessCompilation(ReleaseCompiler compiler, ProcessDocument processDocument, Clock clock) {
        this.compiler = compiler;
        this.processDocument = processDocument;
        this.clock = clock;
    }

    /**
     * The process document of {@code key} from its release documents (any order); {@code previous} is what was stored
     * of it before (missing when new).
     */
    ObjectNode compile(String key, List<JsonNode> releaseDocuments, JsonNode previous) {
        List<JsonNode> stored = releaseDocuments.stream().map(Ordered::of).sorted(ORDER).map(Ordered::doc).toList();
        List<Release> releases = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> publishing = new LinkedHashSet<>();
        List<String> uids = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (JsonNode doc : stored) {
            releases.add(new Release((ObjectNode) doc.path("json")));
            sources.add(doc.path("sourceId").asText());
            if (!doc.path("withdrawn").asBoolean()) {
                publishing.add(doc.path("sourceId").asText());
            }
            uids.add(doc.path("uid").asText());
            errors += doc.path("validation").path("errors").asInt();
            warnings += doc.path("validation").path("warnings").asInt();
        }
        Set<String> withdrawnSources = new LinkedHashSet<>(sources);
        withdrawnSources.removeAll(publishing);
        return processDocument.build(new ProcessDocument.Inputs(key, releases.getLast().ocid(),
                compiler.compile(releases, packageOf(stored.getLast())), sources, releases.size(), errors, warnings, clock.instant(),
                withdrawnSources, publishing.isEmpty(), uids,
                PublicationHistory.of(stored.stream().map(doc -> doc.path("json")).toList()), previous));
    }

    /** A release document with what it is sorted by, read once: its date ({@link Instant#MIN} if none), its uid. */
    private record Ordered(JsonNode doc, Instant date, String uid) {

        static Ordered of(JsonNode doc) {
            return new Ordered(doc, Dates.normalise(doc.path("date").asText("")).map(Instant::parse)
                    .orElse(Instant.MIN), doc.path("uid").asText());
        }
    }

    /** The version and extensions the package of a stored release declared. */
    private static PackageMetadata packageOf(JsonNode stored) {
        List<String> extensions = new ArrayList<>();
        stored.path("packageExtensions").forEach(url -> extensions.add(url.asText()));
        Optional<String> version = stored.hasNonNull("packageVersion")
                ? Optional.of(stored.path("packageVersion").asText()) : Optional.empty();
        return new PackageMetadata(version, extensions, Optional.empty(), Optional.empty(), Optional.empty());
    }
}