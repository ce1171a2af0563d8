package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

/** Package metadata from the peer's {@code package_data} (which may be null, or declare anything). */
final class PeerPackages {

    private PeerPackages() {
    }

    static PackageMetadata metadata(JsonNode packageData) {
        return packageData.isObject() ? PackageMetadata.of(packageData) : PackageMetadata.NONE;
    }
}
