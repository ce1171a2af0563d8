package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.util.Optional;

/**
 * The schema version a release is validated against, chosen as lib-cove-ocds chooses it: the package's
 * {@code version} ("1.0" or "1.1"), 1.0 when the package declares none, and 1.1 when it declares something
 * else (which is reported).
 *
 * @param version  the version used
 * @param unknown  what the package declared, when it is not a known version
 */
record VersionChoice(OcdsVersion version, Optional<String> unknown) {

    static final OcdsVersion FALLBACK = OcdsVersion.V1_1;

    static VersionChoice of(PackageMetadata packageInfo) {
        if (packageInfo.version().isEmpty()) {
            return new VersionChoice(OcdsVersion.V1_0, Optional.empty());
        }
        String declared = packageInfo.version().get();
        return OcdsVersion.of(declared)
                .map(known -> new VersionChoice(known, Optional.<String>empty()))
                .orElseGet(() -> new VersionChoice(FALLBACK, Optional.of(declared)));
    }
}
