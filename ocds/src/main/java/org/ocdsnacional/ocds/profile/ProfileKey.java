package org.ocdsnacional.ocds.profile;

import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.util.List;
import java.util.Objects;

/**
 * What a profile is built from: the schema version and the extension URLs a package declares, in order.
 *
 * @param version    the OCDS version validated against
 * @param extensions the declared extension URLs, in the order the package lists them
 */
public record ProfileKey(OcdsVersion version, List<String> extensions) {

    public ProfileKey {
        Objects.requireNonNull(version, "version");
        extensions = List.copyOf(extensions);
    }

    /** The core schema of {@code version}, without extensions. */
    public static ProfileKey core(OcdsVersion version) {
        return new ProfileKey(version, List.of());
    }
}
