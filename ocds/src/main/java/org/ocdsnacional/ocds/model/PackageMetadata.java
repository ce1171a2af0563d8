package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Optional;

/**
 * What a release or record package says about itself, read before (or without) its releases.
 *
 * @param version       the declared OCDS version ("1.1"), empty when absent (which means 1.0)
 * @param extensions    the declared extension URLs, in order
 * @param publisher     the package's publisher object, if any (an observed attribute, not an identity)
 * @param uri           the package URI, if any
 * @param publishedDate the package's publication date, if any
 * @param declaredVersion the {@code version} value exactly as declared (any JSON, e.g. the number 1.1), when
 *                      the package has the key; validation reports a declared value that is not a known version
 */
public record PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                              Optional<String> uri, Optional<String> publishedDate,
                              Optional<JsonNode> declaredVersion) {

    /** Metadata of a release that came without a package. */
    public static final PackageMetadata NONE =
            new PackageMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public PackageMetadata {
        extensions = List.copyOf(extensions);
    }

    /** Metadata whose declared version, if any, is the text {@code version}. */
    public PackageMetadata(Optional<String> version, List<String> extensions, Optional<JsonNode> publisher,
                           Optional<String> uri, Optional<String> publishedDate) {
        this(version, extensions, publisher, uri, publishedDate,
                version.map(TextNode::valueOf));
    }

    /** The version validation uses: the declared one, or 1.0 when the package declares none. */
    public String effectiveVersion() {
        return version.orElse("1.0");
    }
}
