package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads only the top-level metadata of a package file, skipping its releases without materialising them.
 * A file this scan cannot read gives no metadata: the main pass reports the malformed JSON with its position.
 */
final class TopLevelScan {

    private TopLevelScan() {
    }

    static Optional<PackageMetadata> metadata(ObjectMapper mapper, Path file) {
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            MetadataBuilder metadata = new MetadataBuilder(mapper);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!metadata.accept(name, p)) {
                    p.skipChildren();
                }
            }
            return Optional.of(metadata.build());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
