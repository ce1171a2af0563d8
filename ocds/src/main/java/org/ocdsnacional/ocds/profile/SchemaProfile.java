package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.List;

/**
 * The schemas a package is validated against: the core schemas of its version with its extensions merged in,
 * the resulting codelists, and the shape of a release. Immutable and shared; callers must not modify the
 * schema objects.
 *
 * @param key                  what it was built from
 * @param releaseSchemaUrl     the core release schema's URL
 * @param releaseSchema        the release schema with the extensions' patches applied
 * @param releasePackageSchema the core release package schema
 * @param recordPackageSchema  the core record package schema
 * @param codelists            the codelists, patched by the extensions
 * @param extensions           what became of each declared extension, in declaration order
 * @param release              the shape of a release under {@code releaseSchema}
 */
public record SchemaProfile(ProfileKey key, URI releaseSchemaUrl, ObjectNode releaseSchema,
                            ObjectNode releasePackageSchema, ObjectNode recordPackageSchema, Codelists codelists,
                            List<ExtensionOutcome> extensions, Shape release) {

    public SchemaProfile {
        extensions = List.copyOf(extensions);
    }

    /** Whether at least one extension was merged in. */
    public boolean extended() {
        return extensions.stream().anyMatch(ExtensionOutcome::applied);
    }
}
