package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads only the top-level metadata of the first value of a document, skipping its releases without
 * materialising them. A document this scan cannot read gives no metadata: the main pass reports the malformed JSON
 * with its position.
 */
final class TopLevelScan {

    private TopLevelScan() {
    }

    static Optional<PackageMetadata> metadata(ObjectMapper mapper, ParserOpener opener) {
        try (JsonParser p = opener.open()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            MetadataBuilder metadata = new MetadataBuilder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (MetadataBuilder.isMetadata(name)) {
                    metadata.accept(name, mapper.readTree(p));
                } else {
                    p.skipChildren();
                }
            }
            return Optional.of(metadata.build());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Opens a new parser at the start of the document. */
    @FunctionalInterface
    interface ParserOpener {
        JsonParser open() throws IOException;
    }
}
