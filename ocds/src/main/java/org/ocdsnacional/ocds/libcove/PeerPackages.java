package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Package metadata from the peer's {@code package_data} (which may be null, or declare anything). */
final class PeerPackages {

    private PeerPackages() {
    }

    static PackageMetadata metadata(JsonNode packageData) {
        if (!packageData.isObject()) {
            return PackageMetadata.NONE;
        }
        List<String> extensions = new ArrayList<>();
        packageData.path("extensions").forEach(url -> {
            if (url.isTextual()) {
                extensions.add(url.asText());
            }
        });
        JsonNode version = packageData.get("version");
        Optional<String> text = version != null && version.isTextual() ? Optional.of(version.asText())
                : Optional.empty();
        return new PackageMetadata(text, extensions, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(version), Optional.empty());
    }
}
