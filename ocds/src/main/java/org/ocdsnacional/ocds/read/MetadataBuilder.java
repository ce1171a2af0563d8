package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the metadata fields of a package as a parser meets them. */
final class MetadataBuilder {

    private static final Set<String> FIELDS = Set.of("version", "uri", "publishedDate", "publisher", "extensions",
            "links", "license", "publicationPolicy");

    private Optional<JsonNode> version = Optional.empty();
    private final List<String> extensions = new ArrayList<>();
    private Optional<JsonNode> publisher = Optional.empty();
    private Optional<String> uri = Optional.empty();
    private Optional<String> publishedDate = Optional.empty();
    private Optional<JsonNode> links = Optional.empty();
    private int seen;

    /** Whether {@code field} is one a package has and a release has not. */
    static boolean isMetadata(String field) {
        return FIELDS.contains(field);
    }

    /** Takes {@code value} if {@code field} is package metadata; false (nothing taken) otherwise. */
    boolean accept(String field, JsonNode value) {
        switch (field) {
            case "version" -> version = Optional.of(value);
            case "uri" -> uri = text(value);
            case "publishedDate" -> publishedDate = text(value);
            case "publisher" -> publisher = Optional.of(value);
            case "extensions" -> value.forEach(url -> text(url).ifPresent(extensions::add));
            case "links" -> links = Optional.of(value);
            case "license", "publicationPolicy" -> {
                // counted as package metadata, not kept
            }
            default -> {
                return false;
            }
        }
        seen++;
        return true;
    }

    boolean hasVersion() {
        return version.isPresent();
    }

    /** Whether any package metadata field was met. */
    boolean any() {
        return seen > 0;
    }

    PackageMetadata build() {
        return new PackageMetadata(version.flatMap(MetadataBuilder::text), extensions, publisher, uri, publishedDate,
                version, links);
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
