package org.ocdsnacional.ocds.compile;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The packages the releases came in: each distinct metadata numbered once (the releases of one package carry the
 * same instance, so the last one is remembered), and what the record package says of them all: the first publisher,
 * the version of the first package, every extension and package URI, in the order met.
 */
final class Packages {

    private final List<PackageMetadata> distinct = new ArrayList<>();
    private final Map<PackageMetadata, Integer> indexes = new HashMap<>();
    private final Set<String> extensions = new LinkedHashSet<>();
    private final Set<String> uris = new LinkedHashSet<>();
    private PackageMetadata last;
    private int lastIndex;

    /** The number of {@code metadata}, given the first time it is met. */
    int index(PackageMetadata metadata) {
        if (metadata == last) {
            return lastIndex;
        }
        Integer known = indexes.get(metadata);
        if (known == null) {
            known = distinct.size();
            distinct.add(metadata);
            indexes.put(metadata, known);
            extensions.addAll(metadata.extensions());
            metadata.uri().filter(uri -> !uri.isBlank()).ifPresent(uris::add);
        }
        last = metadata;
        lastIndex = known;
        return known;
    }

    PackageMetadata get(int index) {
        return distinct.get(index);
    }

    /** The publisher of the first package that names one. */
    Optional<JsonNode> publisher() {
        return distinct.stream().flatMap(metadata -> metadata.publisher().stream()).findFirst();
    }

    /** The version the first package's releases were read by ({@link OcdsVersion#declaredBy}). */
    String version() {
        return OcdsVersion.declaredBy(distinct.isEmpty() ? PackageMetadata.NONE : distinct.getFirst()).label();
    }

    List<String> extensions() {
        return List.copyOf(extensions);
    }

    List<String> uris() {
        return List.copyOf(uris);
    }
}
