package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Optional;

/**
 * What a release or record package says about itself, read before (or without) its releases.
 *
 * @param version         the declared OCDS version ("1.1") when it is a string; empty when absent or not a string
 *                        (which means 1.0 when absent; see {@code declaredVersion})
 * @param extensions      the declared extension URLs (the strings among them), in order
 * @param publisher       the package's publisher object, if any (an observed attribute, not an identity)
 * @param uri             the package URI, if any
 * @param publishedDate   the package's publication date, if any
 * @param declaredVersion the {@code version} field exactly as published, whatever its JSON type (a number 1.1, an
 *                        object...), so that validation can report a version that is not a string; empty when absent
 * @param links           the package's {@code links} object ({@code next}, {@code prev}), if any
 */
public record PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                              Optional<String> uri, Optional<String> publishedDate,
                              Optional<JsonNode> declaredVersion, Optional<JsonNode> links) {

    /** Metadata of a release that came without a package. */
    public static final PackageMetadata NONE =
            new PackageMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public PackageMetadata {
        extensions = List.copyOf(extensions);
    }

    /** Metadata whose version, if any, is a string; no links. */
    public PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                           Optional<String> uri, Optional<String> publishedDate) {
        this(version, extensions, publisher, uri, publishedDate, version.map(TextNode::valueOf), Optional.empty());
    }

    /** The {@code links.next} URL, if the package has one (paginated APIs). */
    public Optional<String> nextLink() {
        return links.map(l -> l.path("next")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }
}
