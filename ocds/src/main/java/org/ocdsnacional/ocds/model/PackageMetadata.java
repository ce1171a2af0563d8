package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a release or record package says about itself, wherever its keys stand in it (before, between or after its
 * releases or records: key order in JSON carries no meaning).
 *
 * @param version           the declared OCDS version ("1.1") when it is a string; empty when absent or not a string
 *                          (which means 1.0 when absent; see {@code declaredVersion})
 * @param extensions        the declared extension URLs (the strings among them), in order
 * @param publisher         the package's publisher object, if any (an observed attribute, not an identity)
 * @param uri               the package URI, if any
 * @param publishedDate     the package's publication date, if any
 * @param declaredVersion   the {@code version} field exactly as published, whatever its JSON type (a number 1.1, an
 *                          object...), so that validation can report a version that is not a string; empty when absent
 * @param links             the package's {@code links} object ({@code next}, {@code prev}), if any
 * @param license           the package's {@code license} URL, if any
 * @param publicationPolicy the package's {@code publicationPolicy} URL, if any
 */
public record PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                              Optional<String> uri, Optional<String> publishedDate,
                              Optional<JsonNode> declaredVersion, Optional<JsonNode> links,
                              Optional<String> license, Optional<String> publicationPolicy) {

    /** Metadata of a release that came without a package. */
    public static final PackageMetadata NONE =
            new PackageMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Set<String> FIELDS = Set.of("version", "uri", "publishedDate", "publisher", "extensions",
            "links", "license", "publicationPolicy");

    public PackageMetadata {
        extensions = List.copyOf(extensions);
    }

    /** Metadata whose version, if any, is a string; no links, licence or publication policy. */
    public PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                           Optional<String> uri, Optional<String> publishedDate) {
        this(version, extensions, publisher, uri, publishedDate, version.map(TextNode::valueOf), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Whether {@code field} is one a package has and a release has not. */
    public static boolean isMetadata(String field) {
        return FIELDS.contains(field);
    }

    /** The metadata among the fields of {@code pkg}, a package held in memory. */
    public static PackageMetadata of(JsonNode pkg) {
        Builder builder = new Builder();
        for (Map.Entry<String, JsonNode> field : pkg.properties()) {
            builder.accept(field.getKey(), field.getValue());
        }
        return builder.build();
    }

    /** The {@code links.next} URL, if the package has one (paginated APIs). */
    public Optional<String> nextLink() {
        return links.map(l -> l.path("next")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** Collects the metadata fields of a package as a reader meets them, in any order. */
    public static final class Builder {

        private Optional<JsonNode> version = Optional.empty();
        private final List<String> extensions = new ArrayList<>();
        private Optional<JsonNode> publisher = Optional.empty();
        private Optional<String> uri = Optional.empty();
        private Optional<String> publishedDate = Optional.empty();
        private Optional<JsonNode> links = Optional.empty();
        private Optional<String> license = Optional.empty();
        private Optional<String> publicationPolicy = Optional.empty();
        private int seen;

        /** Takes {@code value} if {@code field} is package metadata; false (nothing taken) otherwise. */
        public boolean accept(String field, JsonNode value) {
            switch (field) {
                case "version" -> version = Optional.of(value);
                case "uri" -> uri = text(value);
                case "publishedDate" -> publishedDate = text(value);
                case "publisher" -> publisher = Optional.of(value);
                case "extensions" -> {
                    extensions.clear();
                    value.forEach(url -> text(url).ifPresent(extensions::add));
                }
                case "links" -> links = Optional.of(value);
                case "license" -> license = text(value);
                case "publicationPolicy" -> publicationPolicy = text(value);
                default -> {
                    return false;
                }
            }
            seen++;
            return true;
        }

        /** Whether any package metadata field was met. */
        public boolean any() {
            return seen > 0;
        }

        public PackageMetadata build() {
            return new PackageMetadata(version.flatMap(Builder::text), extensions, publisher, uri, publishedDate,
                    version, links, license, publicationPolicy);
        }

        private static Optional<String> text(JsonNode node) {
            return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
        }
    }
}
